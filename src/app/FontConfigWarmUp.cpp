#include "FontConfigWarmUp.h"

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

} // namespace processlab
