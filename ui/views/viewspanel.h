#pragma once

#include <QWidget>

class QAction;
class QListView;
class QPushButton;

namespace fentu {

class SavedViewListModel;

/// The Views list at the top of the filter dock: each saved view with its shortcut and count;
/// Return, a click or a double click shows it; Save As… and Update below; the other view
/// commands in its context menu (and the Delete key).
class ViewsPanel : public QWidget
{
    Q_OBJECT
public:
    struct Actions
    {
        QAction *saveAs;
        QAction *update;
        QAction *rename;
        QAction *remove;
        QAction *exportView;
        QAction *importView;
    };

    ViewsPanel(SavedViewListModel *model, const Actions &actions, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    /// The view the list's cursor is on (what Rename, Delete and Export act on); empty: none.
    QString selectedId() const;
    /// Puts the cursor on the view `id` without showing it.
    void select(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// The user chose the view `id` (a click, Return, or a double click).
    void viewChosen(const QString &id);

private:
    void fitHeight();

    SavedViewListModel *m_model;
    QListView *m_list;
    QAction *m_remove = nullptr;
};

} // namespace fentu
