#include "FontConfigWarmUp.h"

#include <QFontDatabase>
#include <QStringList>

#ifdef PROCESSLAB_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace processlab {

FontConfigWarmUp::FontConfigWarmUp()
{
#ifdef PROCESSLAB_HAVE_FONTCONFIG
    // Loads the default configuration and the font caches; Qt's own call
    // later returns at once. A failure here is Qt's to report then.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontConfigWarmUp::~FontConfigWarmUp()
{
    wait();
}

void FontConfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void FontConfigWarmUp::fillFontDatabase()
{
    wait();
    m_thread = std::thread([] { QFontDatabase::families(); });
}

QString FontConfigWarmUp::resolveFamily(const QString& family)
{
#ifdef PROCESSLAB_HAVE_FONTCONFIG
    // The family of the installed font fontconfig matches: the first one
    // its substitutions name may not be installed ("DejaVu LGC Sans").
    FcPattern* pattern = FcPatternCreate();
    if (!pattern)
        return family;
    const QByteArray name = family.toUtf8();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(name.constData()));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    QString resolved = family;
    FcChar8* matched = nullptr;
    if (match && FcPatternGetString(match, FC_FAMILY, 0, &matched) == FcResultMatch && matched)
        resolved = QString::fromUtf8(reinterpret_cast<const char*>(matched));
    if (match)
        FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    return resolved;
#else
    return family;
#endif
}

} // namespace processlab
