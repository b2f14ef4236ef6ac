#include "UserPrompts.h"

#include "scenario/RandomWorkloadDialog.h"
#include "scenario/ScenarioPropertiesDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace processlab {

namespace {
QString scenarioFilter()
{
    return UserPrompts::tr("ProcessLab scenarios (*.json);;All files (*)");
}
} // namespace

UserPrompts::~UserPrompts() = default;

QString UserPrompts::openFileName(QWidget* parent, const QString& directory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Scenario"), directory, scenarioFilter());
}

QString UserPrompts::saveFileName(QWidget* parent, const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent, tr("Save Scenario As"), suggested, scenarioFilter());
}

UserPrompts::SaveChoice UserPrompts::askSaveChanges(QWidget* parent, const QString& documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The scenario \u201c%1\u201d has changes that are not saved.").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Do you want to save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

bool UserPrompts::confirmDiscardMoves(QWidget* parent)
{
    QMessageBox box(QMessageBox::Question, tr("Restart the Run?"),
                    tr("Changing the policy restarts the run at t = 0, and the processes you moved by hand "
                       "go back to where they started."),
                    QMessageBox::Ok | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Ok)->setText(tr("Restart"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Ok;
}

void UserPrompts::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

bool UserPrompts::editWorkload(QWidget* parent, WorkloadParameters* parameters)
{
    RandomWorkloadDialog dialog(parent);
    dialog.setParameters(*parameters);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *parameters = dialog.parameters();
    return true;
}

bool UserPrompts::editProperties(QWidget* parent, ScenarioProperties* properties)
{
    ScenarioPropertiesDialog dialog(parent);
    dialog.setProperties(*properties);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *properties = dialog.properties();
    return true;
}

} // namespace processlab
