#include "boardtechniciansdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {
constexpr int kTechnicianIdRole = Qt::UserRole;
constexpr int kFoldedNameRole = Qt::UserRole + 1;

// Case and accents set aside, as the search box does: "jose" finds José.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (!c.isMark())
            out += c.toCaseFolded();
    }
    return out.simplified();
}
}

BoardTechniciansDialog::BoardTechniciansDialog(const QList<Technician> &technicians, const QStringList &shown,
                                   QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"boardTechniciansDialog"_s);
    setWindowTitle(tr("Technicians on the Board"));
    auto *intro = new QLabel(tr("Show the rows of these technicians:"), this);
    m_filter->setObjectName(u"boardTechniciansFilter"_s);
    m_filter->setPlaceholderText(tr("Type to narrow the list"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Narrow the list of technicians"));
    m_filter->installEventFilter(this);
    intro->setBuddy(m_list);
    m_list->setObjectName(u"boardTechniciansList"_s);
    m_list->setAccessibleName(tr("Technicians"));
    for (const Technician &technician : technicians) {
        // Plain text from the server: a list item never renders markup.
        auto *item = new QListWidgetItem(
            technician.active ? technician.name : tr("%1 (inactive)").arg(technician.name), m_list);
        item->setData(kTechnicianIdRole, technician.id);
        item->setData(kFoldedNameRole, folded(technician.name)); // not "(inactive)"
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(shown.isEmpty() || shown.contains(technician.id) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *all = m_buttons->addButton(tr("All"), QDialogButtonBox::ResetRole);
    all->setObjectName(u"boardTechniciansAll"_s);
    auto *none = m_buttons->addButton(tr("None"), QDialogButtonBox::ResetRole);
    none->setObjectName(u"boardTechniciansNone"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Show"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(360, 420);

    connect(m_filter, &QLineEdit::textChanged, this, &BoardTechniciansDialog::narrow);
    connect(all, &QPushButton::clicked, this, [this] { tickAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { tickAll(false); });
    connect(m_list, &QListWidget::itemChanged, this, &BoardTechniciansDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    m_filter->setFocus(); // type a name, Down to the list
}

QStringList BoardTechniciansDialog::shownIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(kTechnicianIdRole).toString();
    }
    return ids.size() == m_list->count() ? QStringList() : ids;
}

bool BoardTechniciansDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void BoardTechniciansDialog::narrow(const QString &text)
{
    QListWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool hidden = !item->data(kFoldedNameRole).toString().contains(folded(text));
        item->setHidden(hidden);
        if (!hidden && !firstShown)
            firstShown = item;
    }
    if (firstShown && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstShown);
}

void BoardTechniciansDialog::tickAll(bool ticked)
{
    // All and None act on the names the box leaves in the list ("smi", None: no Smith).
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->isHidden())
            m_list->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
}

void BoardTechniciansDialog::updateOk()
{
    bool any = false;
    for (int i = 0; i < m_list->count() && !any; ++i)
        any = m_list->item(i)->checkState() == Qt::Checked;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(any || m_list->count() == 0);
    ok->setToolTip(any ? QString() : tr("Tick at least one technician."));
}

} // namespace fentu
