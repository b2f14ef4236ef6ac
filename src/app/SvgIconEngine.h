#pragma once

#include <QHash>
#include <QIconEngine>
#include <QString>

#include <memory>

class QSvgRenderer;

namespace processlab {

// An icon drawn from one SVG file, read only when the icon is first drawn.
// Qt's own SVG icon engine parses the file once when the icon is made (to
// check it) and again to draw it; most of our icons sit in closed menus, and
// the parse before the first frame was a measurable part of start-up (#7).
// Each size and mode is rendered once and kept.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QString path);
    ~SvgIconEngine() override;

    // An icon from `path` (a resource such as ":/icons/play.svg").
    static QIcon icon(const QString& path);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    // `size` in device pixels, as Qt asks for it.
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

    const QString& path() const { return m_path; }
    // Whether the file has been parsed yet (for tests of the laziness).
    bool isLoaded() const { return m_renderer != nullptr; }

private:
    QPixmap render(const QSize& size);

    QString m_path;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<quint64, QPixmap> m_pixmaps; // by size and mode
    int m_exists = -1;                 // whether the file is there; -1: not looked yet
};

} // namespace processlab
