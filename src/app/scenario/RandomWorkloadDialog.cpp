#include "RandomWorkloadDialog.h"

#include "ui_RandomWorkloadDialog.h"

#include <QEvent>
#include <QLayout>
#include <QPushButton>
#include <QRandomGenerator>

namespace processlab {

RandomWorkloadDialog::RandomWorkloadDialog(QWidget* parent)
    : QDialog(parent), m_ui(new Ui::RandomWorkloadDialog)
{
    m_ui->setupUi(this);
    layout()->setSizeConstraint(QLayout::SetFixedSize); // fits its contents, also when a problem shows
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->newSeedButton, &QPushButton::clicked, this,
            [this] { m_ui->seedSpin->setValue(int(QRandomGenerator::global()->bounded(1, 1000000))); });
    for (QSpinBox* spin : {m_ui->minBurstsSpin, m_ui->maxBurstsSpin, m_ui->minCpuSpin, m_ui->maxCpuSpin,
                           m_ui->minIoSpin, m_ui->maxIoSpin, m_ui->minPrioritySpin, m_ui->maxPrioritySpin})
        connect(spin, &QSpinBox::valueChanged, this, &RandomWorkloadDialog::validate);
    validate();
}

RandomWorkloadDialog::~RandomWorkloadDialog() = default;

WorkloadParameters RandomWorkloadDialog::parameters() const
{
    WorkloadParameters p;
    p.count = m_ui->countSpin->value();
    p.seed = quint32(m_ui->seedSpin->value());
    p.maxArrival = m_ui->arrivalSpin->value();
    p.minCpuBursts = m_ui->minBurstsSpin->value();
    p.maxCpuBursts = m_ui->maxBurstsSpin->value();
    p.minCpu = m_ui->minCpuSpin->value();
    p.maxCpu = m_ui->maxCpuSpin->value();
    p.minIo = m_ui->minIoSpin->value();
    p.maxIo = m_ui->maxIoSpin->value();
    p.minPriority = m_ui->minPrioritySpin->value();
    p.maxPriority = m_ui->maxPrioritySpin->value();
    return p;
}

void RandomWorkloadDialog::setParameters(const WorkloadParameters& p)
{
    m_ui->countSpin->setValue(p.count);
    m_ui->seedSpin->setValue(int(p.seed));
    m_ui->arrivalSpin->setValue(int(p.maxArrival));
    m_ui->minBurstsSpin->setValue(p.minCpuBursts);
    m_ui->maxBurstsSpin->setValue(p.maxCpuBursts);
    m_ui->minCpuSpin->setValue(int(p.minCpu));
    m_ui->maxCpuSpin->setValue(int(p.maxCpu));
    m_ui->minIoSpin->setValue(int(p.minIo));
    m_ui->maxIoSpin->setValue(int(p.maxIo));
    m_ui->minPrioritySpin->setValue(p.minPriority);
    m_ui->maxPrioritySpin->setValue(p.maxPriority);
}

void RandomWorkloadDialog::validate()
{
    QString problem;
    if (m_ui->minBurstsSpin->value() > m_ui->maxBurstsSpin->value())
        problem = tr("The fewest CPU bursts must not be more than the most.");
    else if (m_ui->minCpuSpin->value() > m_ui->maxCpuSpin->value())
        problem = tr("The shortest CPU burst must not be longer than the longest.");
    else if (m_ui->minIoSpin->value() > m_ui->maxIoSpin->value())
        problem = tr("The shortest I/O burst must not be longer than the longest.");
    else if (m_ui->minPrioritySpin->value() > m_ui->maxPrioritySpin->value())
        problem = tr("The lowest priority must not be above the highest.");
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void RandomWorkloadDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace processlab
