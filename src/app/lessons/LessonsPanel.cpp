#include "LessonsPanel.h"

#include "LessonTexts.h"
#include "LoadScenarioCommand.h"
#include "Palette.h"
#include "SimulationController.h"
#include "SnippetView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace processlab {

namespace {
constexpr int kMaxMarkedProcesses = 24;
constexpr int kMaxQueueValuesShown = 8;

QLabel* richLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

LessonsPanel::LessonsPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("lessonsPanel"));

    m_topics = new QComboBox(this);
    m_topics->setObjectName(QStringLiteral("lessonTopicCombo"));
    m_topics->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topics->setMinimumContentsLength(12);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("lessonPrevious"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("lessonNext"));
    m_next->setArrowType(Qt::RightArrow);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_topics, 1);
    top->addWidget(m_previous);
    top->addWidget(m_next);

    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("lessonPage"));
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = palette::diagramFont(font().pointSizeF() + 4, true);
    m_title->setFont(titleFont);
    m_body = richLabel(page, QStringLiteral("lessonBody"));
    m_tryBox = new QWidget(page);
    m_tryLayout = new QVBoxLayout(m_tryBox);
    m_tryLayout->setContentsMargins(0, 2, 0, 2);
    m_tryLayout->setSpacing(4);
    m_extra = richLabel(page, QStringLiteral("lessonExtra"));
    m_codeTitle = new QLabel(page);
    m_codeTitle->setObjectName(QStringLiteral("lessonCodeTitle"));
    m_codeTitle->setWordWrap(true);
    m_snippet = new SnippetView;
    m_codeScroll = new QScrollArea(page);
    m_codeScroll->setObjectName(QStringLiteral("lessonCodeScroll"));
    m_codeScroll->setWidget(m_snippet);
    m_codeScroll->setWidgetResizable(true);
    m_codeScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_codeScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_codeScroll->setFrameShape(QFrame::StyledPanel);
    m_live = richLabel(page, QStringLiteral("lessonLive"));
    m_live->setStyleSheet(QStringLiteral("QLabel { background: #eef5fc; border: 1px solid #c5dcf2;"
                                         " border-radius: 4px; padding: 4px 6px; }"));
    m_mistakesTitle = new QLabel(page);
    m_mistakesTitle->setObjectName(QStringLiteral("lessonMistakesTitle"));
    QFont bold = font();
    bold.setBold(true);
    m_mistakesTitle->setFont(bold);
    m_codeTitle->setFont(bold);
    m_mistakes = richLabel(page, QStringLiteral("lessonMistakes"));
    m_mistakes->setStyleSheet(QStringLiteral("QLabel { background: #fff6e0; border: 1px solid #f0d48a;"
                                             " border-radius: 4px; padding: 2px 6px; }"));

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_tryBox);
    layout->addWidget(m_extra);
    layout->addWidget(m_codeTitle);
    layout->addWidget(m_codeScroll);
    layout->addWidget(m_live);
    layout->addWidget(m_mistakesTitle);
    layout->addWidget(m_mistakes);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("lessonScroll"));
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->setSpacing(4);
    outer->addLayout(top);
    outer->addWidget(m_scroll, 1);

    connect(m_topics, &QComboBox::currentIndexChanged, this, [this](int index) {
        const std::vector<lessons::Topic> all = lessons::topics();
        if (index >= 0 && size_t(index) < all.size())
            setTopic(all[size_t(index)]);
    });
    connect(m_previous, &QToolButton::clicked, this,
            [this] { m_topics->setCurrentIndex(std::max(0, m_topics->currentIndex() - 1)); });
    connect(m_next, &QToolButton::clicked, this, [this] {
        m_topics->setCurrentIndex(std::min(m_topics->count() - 1, m_topics->currentIndex() + 1));
    });
    connect(controller, &SimulationController::scenarioChanged, this, [this] {
        // A lesson's scenario (loaded here, by undo, or from a file) turns to its page.
        if (const auto topic = lessons::topicOf(m_controller->scenario()); topic && *topic != m_topic)
            setTopic(*topic);
        else
            refreshMarks();
    });
    connect(controller, &SimulationController::stateChanged, this, &LessonsPanel::refreshMarks);

    if (const auto topic = lessons::topicOf(m_controller->scenario()))
        m_topic = *topic;
    retranslate();
}

void LessonsPanel::setTopic(lessons::Topic topic)
{
    const std::vector<lessons::Topic> all = lessons::topics();
    const int index = int(std::find(all.begin(), all.end(), topic) - all.begin());
    const bool changed = topic != m_topic;
    m_topic = topic;
    if (m_topics->currentIndex() != index) {
        const QSignalBlocker blocker(m_topics);
        m_topics->setCurrentIndex(index);
    }
    rebuildPage();
    if (changed)
        m_scroll->verticalScrollBar()->setValue(0);
}

void LessonsPanel::retranslate()
{
    {
        const QSignalBlocker blocker(m_topics);
        m_topics->clear();
        int n = 0;
        for (lessons::Topic topic : lessons::topics())
            m_topics->addItem(tr("%1. %2").arg(++n).arg(LessonTexts::title(topic)));
    }
    m_previous->setToolTip(tr("Previous lesson"));
    m_next->setToolTip(tr("Next lesson"));
    m_codeTitle->setText(tr("The code: each process's line is marked as it runs"));
    m_mistakesTitle->setText(tr("Common mistakes"));
    setTopic(m_topic);
}

void LessonsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LessonsPanel::rebuildPage()
{
    const std::vector<lessons::Topic> all = lessons::topics();
    const int index = m_topics->currentIndex();
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < int(all.size()));
    m_title->setText(LessonTexts::title(m_topic));
    m_body->setText(LessonTexts::body(m_topic));
    m_mistakes->setText(LessonTexts::mistakes(m_topic));
    m_extra->setText(m_topic == lessons::Topic::TimeSlicing ? sliceCostTable() : QString());
    m_extra->setVisible(m_topic == lessons::Topic::TimeSlicing);
    m_snippet->setLines(lessons::snippet(m_topic));
    // All lines shown; only long lines scroll (sideways).
    m_codeScroll->setFixedHeight(m_snippet->sizeHint().height() + 2 * m_codeScroll->frameWidth() +
                                 m_codeScroll->horizontalScrollBar()->sizeHint().height());
    rebuildTryButtons();
    refreshMarks();
}

void LessonsPanel::rebuildTryButtons()
{
    for (QPushButton* button : m_tryButtons)
        delete button;
    m_tryButtons.clear();
    const std::vector<lessons::Variant> variants = lessons::variants(m_topic);
    for (size_t i = 0; i < variants.size(); ++i) {
        auto* button = new QPushButton(lessons::variantLabel(variants[i]), m_tryBox);
        button->setObjectName(QStringLiteral("lessonTryIt%1").arg(i));
        button->setToolTip(tr("Loads this scenario into the diagram, the table and the Gantt chart "
                              "(Edit \u25b8 Undo brings the previous one back)."));
        const int variant = int(i);
        connect(button, &QPushButton::clicked, this, [this, variant] { tryIt(variant); });
        m_tryLayout->addWidget(button);
        m_tryButtons.push_back(button);
    }
}

bool LessonsPanel::tryIt(int variant)
{
    const std::vector<lessons::Variant> variants = lessons::variants(m_topic);
    if (variant < 0 || size_t(variant) >= variants.size())
        return false;
    const lessons::Variant& chosen = variants[size_t(variant)];
    if (!LoadScenarioCommand::load(m_controller, chosen.scenario, [topic = m_topic] {
            return tr("Lesson \u201c%1\u201d").arg(LessonTexts::title(topic));
        }))
        return false;
    m_controller->reportMessage(
        tr("Loaded the lesson \u201c%1\u201d: press Play or step with the arrow keys.")
            .arg(LessonTexts::title(m_topic)));
    emit scenarioLoaded();
    return true;
}

void LessonsPanel::setSelectedPid(int pid)
{
    if (pid == m_selectedPid)
        return;
    m_selectedPid = pid;
    refreshMarks();
}

bool LessonsPanel::showsCurrentScenario() const
{
    const auto topic = lessons::topicOf(m_controller->scenario());
    return topic && *topic == m_topic;
}

void LessonsPanel::refreshMarks()
{
    std::vector<SnippetView::Mark> marks;
    if (showsCurrentScenario()) {
        const Engine& engine = m_controller->engine();
        const int count = std::min(engine.processCount(), kMaxMarkedProcesses);
        for (int pid = 1; pid <= count; ++pid) {
            const int line = lessons::currentLine(engine, pid);
            if (line <= 0 || line > m_snippet->lines().size())
                continue;
            SnippetView::Mark mark;
            mark.line = line;
            mark.pid = pid;
            mark.name = engine.spec(pid).name;
            mark.color = palette::processColor(pid);
            mark.running = engine.pcb(pid).state == ProcessState::Running;
            mark.selected = pid == m_selectedPid;
            marks.push_back(mark);
        }
    }
    m_snippet->setMarks(std::move(marks));
    // Keep the line being executed in view as the run moves (only when it changes,
    // so reading the page is not disturbed).
    const int line = m_snippet->highlightedLine();
    if (line > 0 && line != m_shownLine && m_snippet->isVisible()) {
        const QRect rect = m_snippet->lineRect(line);
        const QPoint center = m_snippet->mapTo(m_scroll->widget(), rect.center());
        m_scroll->ensureVisible(0, center.y(), 0, rect.height() * 2);
    }
    m_shownLine = line;
    const QString live = liveText();
    m_live->setText(live);
    m_live->setVisible(!live.isEmpty());
}

QString LessonsPanel::liveText() const
{
    if (!showsCurrentScenario())
        return {};
    const Engine& engine = m_controller->engine();
    const Scenario& scenario = m_controller->scenario();
    if (scenario.globalNames.isEmpty() && scenario.queues.empty())
        return {};
    QStringList rows;
    rows << tr("<b>Now, at t = %1:</b>").arg(engine.now());
    const int globals = std::min<int>(int(scenario.globalNames.size()), kGlobals);
    if (globals > 0) {
        const int count = std::min(engine.processCount(), kMaxMarkedProcesses);
        for (int pid = 1; pid <= count; ++pid) {
            QStringList values;
            for (int g = 0; g < globals; ++g)
                values << QStringLiteral("%1 = %2")
                              .arg(scenario.globalNames.at(g).toHtmlEscaped())
                              .arg(engine.pcb(pid).globals[size_t(g)]);
            rows << tr("%1 (PID %2): %3")
                        .arg(QStringLiteral("<b>%1</b>").arg(engine.spec(pid).name.toHtmlEscaped()))
                        .arg(pid)
                        .arg(QStringLiteral("<code>%1</code>").arg(values.join(QStringLiteral(", "))));
        }
    }
    const std::vector<QueueState>& queues = engine.state().queues;
    for (size_t q = 0; q < scenario.queues.size() && q < queues.size(); ++q) {
        const QueueState& queue = queues[q];
        QStringList values;
        for (size_t i = 0; i < queue.items.size() && i < size_t(kMaxQueueValuesShown); ++i)
            values << QString::number(queue.items[i].value);
        if (queue.items.size() > size_t(kMaxQueueValuesShown))
            values << QStringLiteral("\u2026");
        rows << tr("queue %1: %n item(s) %2", nullptr, int(queue.items.size()))
                    .arg(QStringLiteral("<b>%1</b>").arg(scenario.queues[q].name.toHtmlEscaped()),
                         QStringLiteral("<code>[%1]</code>").arg(values.join(QStringLiteral(", "))));
    }
    return rows.join(QStringLiteral("<br>"));
}

QString LessonsPanel::sliceCostTable() const
{
    static const std::vector<lessons::SliceCost> costs = lessons::timeSliceCosts();
    QString html = QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse: collapse; border-color: #bbb;\">")
                       .arg(tr("Three processes of 24 ticks each, switch cost 1 tick:"));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Quantum"), tr("Switches"), tr("Switch ticks"), tr("Overhead"), tr("All done at"));
    for (const lessons::SliceCost& cost : costs) {
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td align=\"right\">%2</td>"
                               "<td align=\"right\">%3</td><td align=\"right\"><b>%4</b></td>"
                               "<td align=\"right\">%5</td></tr>")
                    .arg(cost.quantum)
                    .arg(cost.switches)
                    .arg(cost.switchTicks)
                    .arg(QLocale().toString(cost.overhead() * 100.0, 'f', 1) + QStringLiteral("%"))
                    .arg(cost.makespan);
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Overhead = switch ticks / (switch ticks + run ticks). With a slice 100 times as "
                        "long as a switch it would be about 1%."));
    return html;
}

} // namespace processlab
