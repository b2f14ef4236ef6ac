#pragma once

#include <QGraphicsItem>

#include <vector>

namespace processlab {

class StateDiagramScene;

// Dashed lines from each child process's token to its parent's (the process
// that started it); dotted for a daemon child. Drawn under the tokens and
// repainted whenever a token moves.
class ParentLinksItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 4
    };
    struct Link
    {
        int child = 0;
        int parent = 0;
        bool daemon = false;
        bool operator==(const Link& o) const
        {
            return child == o.child && parent == o.parent && daemon == o.daemon;
        }
    };

    explicit ParentLinksItem(StateDiagramScene* scene);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setLinks(std::vector<Link> links);
    const std::vector<Link>& links() const { return m_links; }
    // The links whose two tokens are both shown now (for tests).
    int visibleLinks() const;

private:
    StateDiagramScene* m_scene;
    std::vector<Link> m_links;
};

} // namespace processlab
