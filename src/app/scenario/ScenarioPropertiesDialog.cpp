#include "ScenarioPropertiesDialog.h"

#include "ui_ScenarioPropertiesDialog.h"

#include <QEvent>
#include <QFont>

#include <algorithm>

namespace processlab {

ScenarioPropertiesDialog::ScenarioPropertiesDialog(QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ScenarioPropertiesDialog)
{
    m_ui->setupUi(this);
    QFont heading = m_ui->mlfqHeading->font();
    heading.setBold(true);
    m_ui->mlfqHeading->setFont(heading);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ScenarioPropertiesDialog::~ScenarioPropertiesDialog() = default;

ScenarioProperties ScenarioPropertiesDialog::properties() const
{
    ScenarioProperties p;
    p.title = m_ui->titleEdit->text().trimmed();
    // A value past a spin box's range (a file can hold one) is kept unless
    // the box was changed.
    const auto kept = [](const QSpinBox* spin, Tick original) {
        return spin->value() == spin->maximum() && original > spin->maximum() ? original
                                                                              : Tick(spin->value());
    };
    p.memory = kept(m_ui->memorySpin, m_original.memory);
    p.newBeforePreempted = m_ui->newFirstCheck->isChecked();
    p.boost = kept(m_ui->boostSpin, m_original.boost);
    p.mlfqPreemptive = m_ui->mlfqPreemptiveCheck->isChecked();
    return p;
}

void ScenarioPropertiesDialog::setProperties(const ScenarioProperties& p)
{
    m_original = p;
    m_ui->titleEdit->setText(p.title);
    m_ui->memorySpin->setValue(int(std::min<Tick>(p.memory, m_ui->memorySpin->maximum())));
    m_ui->newFirstCheck->setChecked(p.newBeforePreempted);
    m_ui->boostSpin->setValue(int(std::min<Tick>(p.boost, m_ui->boostSpin->maximum())));
    m_ui->mlfqPreemptiveCheck->setChecked(p.mlfqPreemptive);
}

void ScenarioPropertiesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace processlab
