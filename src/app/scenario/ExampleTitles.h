#pragma once

#include <QString>

namespace processlab {

// The shipped examples' titles are written in English in their JSON files;
// this shows them in the user's language (File > Examples, the status bar,
// the window title). A title not in the list (a renamed example, a user's
// file) is shown as written.
QString exampleTitle(const QString& title);

} // namespace processlab
