#pragma once

#include <QString>
#include <QStringList>

namespace processlab {

// Loads and swaps the application's translations (ours and Qt's own) at run
// time. Used by the GUI (View ▸ Language) and the CLI (--lang).
class Translations
{
public:
    // "zh_CN" or "en"; English is the source language and needs no file.
    static QStringList available();
    // Installs the translators for `language` on the running
    // QCoreApplication, replacing those installed before. false when the
    // language is unknown (nothing changes then).
    static bool install(const QString& language);
    static QString current();
    // "zh_CN" for a Chinese system locale, otherwise "en".
    static QString systemDefault();
};

} // namespace processlab
