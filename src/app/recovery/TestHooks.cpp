#include "TestHooks.h"

#include "MainWindow.h"
#include "RecoveryManager.h"
#include "SimulationController.h"

#include <QAction>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace processlab {

void TestHooks::runFromEnvironment(MainWindow* window, RecoveryManager* recovery)
{
    const QString script = qEnvironmentVariable(kVariable);
    if (script.trimmed().isEmpty())
        return;
    auto* hooks = new TestHooks(window, recovery, script.split(QLatin1Char(';'), Qt::SkipEmptyParts));
    QTimer::singleShot(0, hooks, &TestHooks::next);
}

TestHooks::TestHooks(MainWindow* window, RecoveryManager* recovery, const QStringList& commands)
    : QObject(window), m_window(window), m_recovery(recovery), m_commands(commands)
{}

void TestHooks::print(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void TestHooks::next()
{
    SimulationController* controller = m_window->controller();
    while (!m_commands.isEmpty()) {
        const QString command = m_commands.takeFirst().trimmed();
        const QStringList parts = command.split(QLatin1Char(':'));
        if (command == QLatin1String("add")) {
            if (auto* add = m_window->findChild<QAction*>(QStringLiteral("actionAddProcess")))
                add->trigger();
        } else if (command == QLatin1String("step")) {
            controller->stepEvent();
        } else if (parts.size() == 3 && parts[0] == QLatin1String("move")) {
            ProcessState target = ProcessState::Ready;
            if (stateFromId(parts[2], &target))
                controller->moveProcess(parts[1].toInt(), target);
        } else if (command == QLatin1String("await-save")) {
            // Continue once the recovery file has been written by itself.
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection =
                connect(m_recovery, &RecoveryManager::written, this, [this, connection](const QString& path) {
                    disconnect(*connection);
                    print(QStringLiteral("recovery-saved ") + path);
                    QTimer::singleShot(0, this, &TestHooks::next);
                });
            return;
        } else if (command == QLatin1String("report")) {
            const Engine& engine = controller->engine();
            QStringList names;
            for (int pid = 1; pid <= engine.processCount(); ++pid)
                names << engine.spec(pid).name;
            print(QStringLiteral("report processes=%1 names=%2 moves=%3 time=%4 modified=%5 title=%6")
                      .arg(engine.processCount())
                      .arg(names.join(QLatin1Char(',')))
                      .arg(engine.state().manualMoves)
                      .arg(engine.now())
                      .arg(controller->isModified() ? 1 : 0)
                      .arg(controller->scenario().title));
        } else if (command == QLatin1String("quit")) {
            // A normal exit without the unsaved-changes question (quit()
            // would close the window, which asks).
            QCoreApplication::exit(0);
            return;
        } else {
            print(QStringLiteral("unknown-command ") + command);
        }
    }
}

} // namespace processlab
