#include "Message.h"

namespace processlab {

namespace {
QString fill(const QString& text, const QStringList& args)
{
    // One pass, so an argument that itself contains "%2" (a process name,
    // say) is never substituted again.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int index = text[i + 1].digitValue();
            if (index >= 1 && index <= args.size()) {
                out += args[index - 1];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}
} // namespace

QString Message::text() const
{
    if (!source)
        return {};
    return fill(QCoreApplication::translate(context, source), args);
}

QString Message::englishText() const
{
    if (!source)
        return {};
    return fill(QString::fromUtf8(source), args);
}

} // namespace processlab
