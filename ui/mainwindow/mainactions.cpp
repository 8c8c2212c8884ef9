#include "mainactions.h"

#include "icons.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QAction *makeAction(QWidget *window, const QString &objectName, const QString &text,
                    const QString &statusTip, const QList<QKeySequence> &shortcuts,
                    const QString &iconName = {})
{
    auto *action = new QAction(text, window);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    action->setShortcuts(shortcuts);
    if (!iconName.isEmpty())
        action->setIcon(themedIcon(iconName));
    // Tooltips name the shortcut so the keyboard path is discoverable from the toolbar.
    if (!shortcuts.isEmpty()) {
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'),
                                            shortcuts.first().toString(QKeySequence::NativeText)));
    }
    window->addAction(action);
    return action;
}

} // namespace

MainActions MainActions::create(QWidget *window)
{
    MainActions a;
    a.newOrder =
        makeAction(window, u"actionNew"_s, tr("&New Work Order…"), tr("Create a work order"),
                   {QKeySequence(Qt::CTRL | Qt::Key_N)}, u"document-new"_s);
    a.editOrder = makeAction(window, u"actionEdit"_s, tr("&Edit Work Order…"),
                             tr("Edit the selected work order"),
                             {QKeySequence(Qt::CTRL | Qt::Key_E)}, u"document-edit"_s);
    a.deleteOrder = makeAction(window, u"actionDelete"_s, tr("&Delete Work Order"),
                               tr("Delete the selected work order"), {QKeySequence(Qt::Key_Delete)},
                               u"edit-delete"_s);
    a.refresh = makeAction(window, u"actionRefresh"_s, tr("&Refresh"),
                           tr("Load the work orders again from the server"),
                           {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)},
                           u"view-refresh"_s);
    a.find = makeAction(window, u"actionFind"_s, tr("&Find…"), tr("Search the loaded work orders"),
                        {QKeySequence(Qt::CTRL | Qt::Key_F)}, u"edit-find"_s);
    a.settings = makeAction(window, u"actionSettings"_s, tr("Se&ttings…"),
                            tr("Server address, API key and preferences"),
                            {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, u"preferences-system"_s);
    a.quit = makeAction(window, u"actionQuit"_s, tr("&Quit"), tr("Close Fentu Desk"),
                        {QKeySequence(Qt::CTRL | Qt::Key_Q)}, u"application-exit"_s);
    a.quit->setMenuRole(QAction::QuitRole);
    a.about = makeAction(window, u"actionAbout"_s, tr("&About Fentu Desk"),
                         tr("Version and licence"), {});
    a.about->setMenuRole(QAction::AboutRole);
    a.showDetails = makeAction(window, u"actionShowDetails"_s, tr("&Details"),
                               tr("Show or hide the details of the selected work order"), {});
    a.showDetails->setCheckable(true);
    a.showDetails->setChecked(true);
    // F6 is the customary "next pane" key; nothing else in the window uses it.
    a.focusDetails = makeAction(window, u"actionFocusDetails"_s, tr("Go to Detai&ls"),
                                tr("Move the keyboard focus between the table and the details"),
                                {QKeySequence(Qt::Key_F6)});
    a.settings->setMenuRole(QAction::PreferencesRole);
    return a;
}

} // namespace fentu
