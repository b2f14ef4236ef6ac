#pragma once

#include "ScenarioProperties.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ScenarioPropertiesDialog;
}

namespace processlab {

// Edit > Scenario Properties: the title, the memory pool, the tie rule at a
// slice's end and the multilevel feedback queue's options.
class ScenarioPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScenarioPropertiesDialog(QWidget* parent = nullptr);
    ~ScenarioPropertiesDialog() override;

    ScenarioProperties properties() const;
    void setProperties(const ScenarioProperties& properties);

protected:
    void changeEvent(QEvent* event) override;

private:
    QScopedPointer<Ui::ScenarioPropertiesDialog> m_ui;
    ScenarioProperties m_original;
};

} // namespace processlab
