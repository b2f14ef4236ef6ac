#pragma once

#include <QProxyStyle>

namespace processlab {

// The platform's style with ProcessLab's own icons for the toolbars' and the
// menu bar's extension buttons ("more"). The common style builds those from
// PNG files whose loading pulls in every image-format plug-in (GIF, JPEG,
// ICO, SVG), eight times, before the first frame (issue #7); ours are SVG,
// read only when an extension button is shown.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace processlab
