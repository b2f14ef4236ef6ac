#include "Message.h"

namespace processlab {

namespace {
QString fill(QString text, const QStringList& args)
{
    for (const QString& arg : args)
        text = text.arg(arg);
    return text;
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
