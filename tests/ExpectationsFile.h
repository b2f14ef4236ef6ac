#pragma once

// The expected.tsv files beside the fuzz regression inputs: one line a
// file, "name<TAB>expectation"; blank lines and lines starting with # are
// skipped. Shared by the core and CLI regression tests.
#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

inline QHash<QString, QString> readExpectationsFile(const QString& dir, QString* error)
{
    QHash<QString, QString> expected;
    QFile file(dir + QStringLiteral("/expected.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return expected;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0) {
            *error = QStringLiteral("no tab in: ") + QString::fromUtf8(line);
            return {};
        }
        expected.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
    }
    return expected;
}
