#pragma once

#include "core/Lessons.h"

#include <QCoreApplication>
#include <QString>

namespace processlab {

// The translated texts of the lesson pages: a short explanation and the
// "common mistakes" note per topic. Rich text (a few tags only).
class LessonTexts
{
    Q_DECLARE_TR_FUNCTIONS(LessonTexts)

public:
    static QString title(lessons::Topic topic);
    static QString body(lessons::Topic topic);
    static QString mistakes(lessons::Topic topic);
};

} // namespace processlab
