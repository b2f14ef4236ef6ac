#include <QApplication>
#include <QMainWindow>

// Placeholder until the main window (issue #3) lands.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("main", "ProcessLab"));
    window.show();
    return app.exec();
}
