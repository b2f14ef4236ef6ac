#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <type_traits>
#include <utility>

namespace processlab {

// An undo command's text, kept as the way to make it rather than as words:
// after a switch of language (View > Language) the text is made again, so
// Edit > Undo names the last edit in the language now shown, not the one it
// was made in. A plain QString is a text that never changes (tests, names).
class UndoText
{
public:
    UndoText() = default;
    UndoText(const QString& fixed) : m_make([fixed] { return fixed; }) {} // NOLINT: implicit on purpose
    template<typename Make, typename = std::enable_if_t<std::is_invocable_r_v<QString, Make>>>
    UndoText(Make make) : m_make(std::move(make)) // NOLINT: implicit on purpose
    {}
    QString operator()() const { return m_make ? m_make() : QString(); }

private:
    std::function<QString()> m_make;
};

// The base of ProcessLab's undo commands: its text from an UndoText.
class TranslatedUndoCommand : public QUndoCommand
{
public:
    explicit TranslatedUndoCommand(UndoText text) : m_text(std::move(text)) { setText(m_text()); }
    // Makes the text again, in the language installed now.
    void retranslate() { setText(m_text()); }

private:
    UndoText m_text;
};

} // namespace processlab
