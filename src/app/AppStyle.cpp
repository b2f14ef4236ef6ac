#include "AppStyle.h"

#include "SvgIconEngine.h"
namespace processlab {

AppStyle::AppStyle() = default; // the platform's default style underneath

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                             const QWidget* widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return SvgIconEngine::icon(QStringLiteral(":/icons/toolbar-extension-horizontal.svg"));
    case SP_ToolBarVerticalExtensionButton:
        return SvgIconEngine::icon(QStringLiteral(":/icons/toolbar-extension-vertical.svg"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace processlab
