#include "SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QPaintDevice>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace processlab {

namespace {

// Our icons have no "on" variant: one drawing serves both states.
quint64 cacheKey(const QSize& size, QIcon::Mode mode)
{
    return (quint64(quint32(size.width()) & 0xffffu) << 32) |
           (quint64(quint32(size.height()) & 0xffffu) << 16) | quint64(mode);
}

} // namespace

SvgIconEngine::SvgIconEngine(QString path) : m_path(std::move(path)) {}

SvgIconEngine::~SvgIconEngine() = default;

QIcon SvgIconEngine::icon(const QString& path)
{
    return QIcon(new SvgIconEngine(path));
}

void SvgIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QSize SvgIconEngine::actualSize(const QSize& size, QIcon::Mode, QIcon::State)
{
    return size; // scalable: any size asked for (pixmap() keeps the aspect inside it)
}

QPixmap SvgIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State)
{
    if (size.isEmpty())
        return {};
    const quint64 key = cacheKey(size, mode);
    if (const auto found = m_pixmaps.constFind(key); found != m_pixmaps.constEnd())
        return *found;
    QPixmap result = render(size);
    if (!result.isNull() && mode != QIcon::Normal) {
        // Disabled (greyed) and the other modes as the style makes them from
        // the normal pixmap, as for any icon.
        QStyleOption option;
        option.palette = QApplication::palette();
        const QPixmap styled = QApplication::style()->generatedIconPixmap(mode, result, &option);
        if (!styled.isNull())
            result = styled;
    }
    m_pixmaps.insert(key, result);
    return result;
}

QPixmap SvgIconEngine::render(const QSize& size)
{
    if (!m_renderer)
        m_renderer = std::make_unique<QSvgRenderer>(m_path);
    if (!m_renderer->isValid())
        return {};
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QSizeF drawn = m_renderer->defaultSize();
    if (drawn.isEmpty())
        drawn = size;
    drawn.scale(size, Qt::KeepAspectRatio);
    QPainter painter(&pixmap);
    m_renderer->render(
        &painter,
        QRectF(QPointF((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2), drawn));
    return pixmap;
}

QIconEngine* SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_path);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("ProcessLabSvgIconEngine");
}

bool SvgIconEngine::isNull()
{
    // Asked whenever a button or menu draws the icon: looked up once.
    if (m_exists < 0)
        m_exists = QFile::exists(m_path) ? 1 : 0;
    return m_exists == 0;
}

} // namespace processlab
