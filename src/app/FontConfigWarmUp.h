#pragma once

#include <QString>

#include <thread>

namespace processlab {

// Start-up (issue #7, docs/startup.md): the first time Qt needs a font,
// fontconfig reads its configuration files and caches, about a tenth of the
// way to the first frame. Started before QApplication, this does that on a
// second thread while QApplication connects to the display; Qt then finds
// fontconfig ready. Where Qt does not use fontconfig (Windows, macOS, or a
// build without it) it does nothing.
//
// After QApplication, fillFontDatabase() goes on with Qt's own font list
// (QFontDatabase is thread-safe) while the main window is made; the first
// text measured waits for it if it is not done.
class FontConfigWarmUp
{
public:
    FontConfigWarmUp();
    ~FontConfigWarmUp();
    FontConfigWarmUp(const FontConfigWarmUp&) = delete;
    FontConfigWarmUp& operator=(const FontConfigWarmUp&) = delete;

    // Waits until fontconfig is ready. Call before the first font is used;
    // fontconfig is thread-safe, but Qt should not wait inside it.
    void wait();

    // Fills Qt's font database on the thread. Call after QApplication and
    // wait() (or let the destructor wait) before the program ends.
    void fillFontDatabase();

    // The installed family fontconfig matches for `family`, as Qt resolves an
    // alias ("Sans Serif" -> "DejaVu Sans"), without Qt's font database.
    // `family` itself where fontconfig is not used.
    static QString resolveFamily(const QString& family);

private:
    std::thread m_thread;
};

} // namespace processlab
