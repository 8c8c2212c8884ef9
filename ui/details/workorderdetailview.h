#pragma once

#include <QPointer>
#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace fentu {

class ApiClient;
class CacheStore;
class SwitchingPageSource;
class WorkOrderDetailForm;
class WorkOrderDetailLoader;
class WorkOrderTableModel;

/// The details pane beside the table: the full order of the one selected row (loaded by id,
/// from the server or, offline, from the cache), a hint when none or several are selected,
/// a loading bar, and the failure in words with a Retry button.
class WorkOrderDetailView : public QWidget
{
    Q_OBJECT
public:
    /// Reads orders through `client`, or, when present, from `store` while `switching` says
    /// the window is offline. All outlive the view.
    WorkOrderDetailView(ApiClient *client, SwitchingPageSource *switching, CacheStore *store,
                        QWidget *parent = nullptr);
    ~WorkOrderDetailView() override;

    /// Follows the table's selection (of a model whose rows carry IdRole) and reloads when
    /// `model`'s row of the order shown changes.
    void follow(QItemSelectionModel *selection, WorkOrderTableModel *model);
    /// Shows the followed table's selection again (back from the board, which showed its own).
    void showTableSelection() { onSelectionChanged(); }
    /// Shows the order with this id; an empty list the hint, several ids their count.
    void showSelection(const QStringList &ids);
    WorkOrderDetailLoader *loader() const { return m_loader; }
    /// Moves the keyboard focus into the pane (F6): its Retry button or its scrolled content.
    void takeFocus();

private:
    void onSelectionChanged();
    void onRowsChanged(int first, int last);
    void render();

    QPointer<QItemSelectionModel> m_selection;
    WorkOrderTableModel *m_model = nullptr;
    WorkOrderDetailLoader *m_loader;
    QProgressBar *m_busy;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    QWidget *m_errorPage;
    QLabel *m_error;
    QPushButton *m_retry;
    QScrollArea *m_scroll;
    WorkOrderDetailForm *m_form;
    int m_selectedCount = 0;
};

} // namespace fentu
