#pragma once

#include <QCoreApplication>

class QAction;
class QWidget;

namespace fentu {

/// The main window's commands, each with its icon, shortcut and status tip. The actions are
/// children of the window they were made for.
struct MainActions
{
    Q_DECLARE_TR_FUNCTIONS(fentu::MainActions)
public:
    QAction *newOrder = nullptr;
    QAction *editOrder = nullptr;
    QAction *deleteOrder = nullptr;
    QAction *refresh = nullptr;
    QAction *find = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    QAction *about = nullptr;
    QAction *showDetails = nullptr;  // View > Details: the pane beside the table (checkable)
    QAction *focusDetails = nullptr; // F6: between the table and the details pane

    static MainActions create(QWidget *window);
};

} // namespace fentu
