#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace processlab {

// A user-facing message kept untranslated (context + source text + arguments),
// so a view can render it again in whatever language is active now.
// Source texts are marked with QT_TRANSLATE_NOOP where they are written.
struct Message
{
    const char* context = nullptr;
    const char* source = nullptr;
    QStringList args;

    Message() = default;
    Message(const char* ctx, const char* src, QStringList arguments = {})
        : context(ctx), source(src), args(std::move(arguments))
    {}

    bool isEmpty() const { return source == nullptr; }
    // Translated with the installed QTranslators (English when none).
    QString text() const;
    // The untranslated English text, for logs and tests.
    QString englishText() const;
};

} // namespace processlab
