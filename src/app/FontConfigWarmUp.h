#pragma once

#include <thread>

namespace processlab {

// Start-up (issue #7, docs/startup.md): the first time Qt needs a font,
// fontconfig reads its configuration files and caches, about a tenth of the
// way to the first frame. Started before QApplication, this does that on a
// second thread while QApplication connects to the display; Qt then finds
// fontconfig ready. Where Qt does not use fontconfig (Windows, macOS, or a
// build without it) it does nothing.
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

private:
    std::thread m_thread;
};

} // namespace processlab
