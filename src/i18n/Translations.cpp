#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace processlab {

namespace {
struct Installed
{
    QString language = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& installed()
{
    static Installed state;
    return state;
}
} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool Translations::install(const QString& language)
{
    if (!available().contains(language))
        return false;
    Installed& state = installed();
    for (auto& translator : state.translators)
        QCoreApplication::removeTranslator(translator.get());
    state.translators.clear();
    state.language = language;

    // English is the source language; its file only holds plural forms.
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/processlab_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(ours.get());
        state.translators.push_back(std::move(ours));
    }
    if (language == QLatin1String("en"))
        return true;
    // Qt's own dialogs and buttons.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const char* module : {"qtbase", "qt"}) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("%1_%2").arg(QLatin1String(module), language), qtDir)) {
            QCoreApplication::installTranslator(qt.get());
            state.translators.push_back(std::move(qt));
            break;
        }
    }
    return true;
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace processlab
