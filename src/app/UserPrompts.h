#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace processlab {

struct ScenarioProperties;
struct WorkloadParameters;

// Every question the main window asks the user, in one replaceable place:
// the default shows dialogs, tests answer without any.
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(processlab::UserPrompts)

public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~UserPrompts();
    // Empty when cancelled.
    virtual QString openFileName(QWidget* parent, const QString& directory);
    virtual QString saveFileName(QWidget* parent, const QString& suggested);
    virtual SaveChoice askSaveChanges(QWidget* parent, const QString& documentName);
    // Changing the policy restarts the run: may the manual moves go?
    virtual bool confirmDiscardMoves(QWidget* parent);
    virtual void showError(QWidget* parent, const QString& title, const QString& text);
    virtual bool editWorkload(QWidget* parent, WorkloadParameters* parameters);
    virtual bool editProperties(QWidget* parent, ScenarioProperties* properties);
};

} // namespace processlab
