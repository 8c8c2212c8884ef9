#include "technicianpicker.h"

#include "servertext.h"

#include "sync/orderlookups.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

TechnicianPicker::TechnicianPicker(OrderLookups *lookups, const QString &what, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(u"technicianPicker"_s);
    setWindowTitle(tr("Assign Technician"));
    m_search->setObjectName(u"technicianSearch"_s);
    m_search->setPlaceholderText(tr("Type to search technicians"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"technicianList"_s);
    auto *unassign = new QListWidgetItem(tr("Unassign (no technician)"), m_list);
    unassign->setData(Qt::UserRole, QString());
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"assignButton"_s);
    auto *layout = new QVBoxLayout(this);
    QLabel *label = plainTextLabel(what, this); // names the orders and their customers
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 460);

    connect(m_search, &QLineEdit::textChanged, this, &TechnicianPicker::filter);
    connect(buttons, &QDialogButtonBox::accepted, this, &TechnicianPicker::acceptChoice);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &TechnicianPicker::acceptChoice);
    if (!lookups)
        return;
    lookups->technicians(this, [this](QList<Technician> technicians, bool) {
        for (const Technician &t : technicians) {
            auto *item =
                new QListWidgetItem(t.active ? t.name : tr("%1 (inactive)").arg(t.name), m_list);
            item->setData(Qt::UserRole, t.id);
            item->setData(Qt::UserRole + 1, t.name);
        }
        filter(m_search->text());
        emit loaded();
    });
}

bool TechnicianPicker::selectId(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void TechnicianPicker::filter(const QString &text)
{
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        // "Unassign" stays reachable whatever is typed.
        const bool shown = row == 0 || item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && row > 0 && !firstShown)
            firstShown = item;
    }
    if (!text.trimmed().isEmpty() && firstShown)
        m_list->setCurrentItem(firstShown);
}

void TechnicianPicker::acceptChoice()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    emit picked(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    accept();
}

} // namespace fentu
