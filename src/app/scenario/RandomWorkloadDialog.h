#pragma once

#include "WorkloadGenerator.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class RandomWorkloadDialog;
}

namespace processlab {

// Asks for the size, seed and ranges of a random workload.
class RandomWorkloadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RandomWorkloadDialog(QWidget* parent = nullptr);
    ~RandomWorkloadDialog() override;

    WorkloadParameters parameters() const;
    void setParameters(const WorkloadParameters& parameters);

protected:
    void changeEvent(QEvent* event) override;

private:
    void validate();

    QScopedPointer<Ui::RandomWorkloadDialog> m_ui;
};

} // namespace processlab
