#pragma once

#include "filter/workorderfilter.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QListView;
class QPushButton;

namespace fentu {

class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class LookupLoader;
class OrderWriter;
class WorkOrderPageSource;
class WorkOrderTableModel;
class NameChoiceModel;
class SearchableComboBox;
class StatusCounter;
class StatusFilterModel;
struct NameChoice;

/// The filter panel: status (with counts), customer, technician, scheduled date range with
/// quick picks, hide closed, clear all. Every change applies at once (typing after a short
/// pause) and is announced by filterChanged(); the panel never touches the table itself.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TypingDelayMs = 250;

    /// What the panel works with; all must outlive it, and each one missing turns its part
    /// off (no counts without `counts`, no pick lists from the server without `client`).
    struct Services
    {
        WorkOrderPageSource *counts = nullptr;  // the status counts are asked of it
        WorkOrderTableModel *model = nullptr;   // names seen in rows, and when to count
        ApiClient *client = nullptr;            // customers and technicians lookups...
        CacheStore *store = nullptr;            // ...kept for offline
        ConnectivityMonitor *monitor = nullptr; // back online: a failed lookup again
        OrderWriter *writer = nullptr;          // a write changes the counts
    };

    explicit FilterPanel(const Services &services, QWidget *parent = nullptr);
    ~FilterPanel() override;

    /// What the controls say now (never a quick search: that lives in the toolbar).
    WorkOrderFilter filter() const;
    /// Shows `filter` in the controls without emitting filterChanged().
    void setFilter(const WorkOrderFilter &filter);
    /// Clears every control and applies at once (Ctrl+Shift+L).
    QAction *clearAction() const { return m_clearAction; }
    /// Puts the keyboard focus on the first control.
    void focusFirstControl();
    /// (Re)loads the customers and technicians lookups; starts by itself on the first page.
    void reloadLookups();
    /// Another server is connected: its pick lists and counts start again, and a customer or
    /// technician of the last server leaves the controls (the caller applies what is left).
    /// False when `server` is the one the lists are of.
    bool forgetServer(const QUrl &server);
    /// Loads again a lookup whose last load failed (View > Refresh; back online).
    void retryFailedLookups();

signals:
    void filterChanged(const fentu::WorkOrderFilter &filter);

private:
    void createStatusList();
    void createNameCombos();
    void createDateControls();
    void createLayout();
    void connectModel();
    void applyQuickPick(const WorkOrderFilter &pick);
    /// Empties the pick lists and counts of the last server; the filter shown without its
    /// customer and technician (the controls are left to the caller).
    WorkOrderFilter forgetLastServer();
    void applySoon();
    void apply();
    void clearAll();
    void syncDateControls();
    void onPageLoaded(int page);
    void loadCustomers();
    void loadTechnicians();
    /// Adds a loaded lookup's names; the note under the combo says when the list may be short.
    void showLookup(NameChoiceModel *choices, QLabel *note, const QList<NameChoice> &names,
                    bool failed, const QString &whyShort);

    Services m_services;
    StatusCounter *m_counter;
    StatusFilterModel *m_statusModel;
    NameChoiceModel *m_customerChoices;
    NameChoiceModel *m_technicianChoices;
    LookupLoader *m_lookups = nullptr; // needs a client

    QListView *m_statusList = nullptr;
    SearchableComboBox *m_customer = nullptr;
    SearchableComboBox *m_technician = nullptr;
    QLabel *m_customerNote = nullptr;
    QLabel *m_technicianNote = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_thisWeek = nullptr;
    QPushButton *m_next7Days = nullptr;
    QPushButton *m_overdue = nullptr;
    QCheckBox *m_hideClosed = nullptr;
    QPushButton *m_clear = nullptr;
    QAction *m_clearAction = nullptr;

    QTimer m_typing;           // dates typed digit by digit apply after a pause
    QTimer m_recount;          // a bulk edit changes many rows: count once, after the last
    WorkOrderFilter m_applied; // the last filter announced (or set)
    WorkOrderFilter m_counted; // the filter the counts shown belong to (status aside)
    bool m_updating = false;   // controls being set from code: no apply
    bool m_lookupsStarted = false;
    QUrl m_lookupsServer; // the server whose customers and technicians the pick lists hold
    bool m_customersFailed = false; // the last customers load did not come from the server
    bool m_techniciansFailed = false;
};

} // namespace fentu
