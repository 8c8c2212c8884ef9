#include "sync/namebookloader.h"

#include "cache/cachestore.h"

#include <memory>

namespace fentu {

void loadNameBook(CacheStore *store, QObject *context, const QString &customerId,
                  std::function<void(NameBook)> done)
{
    auto book = std::make_shared<NameBook>();
    // The three reads are queued in order on the cache's thread, so the last answer comes
    // after the other two.
    store->listCustomers({}, context, [book](CacheResult<QList<Customer>> r) {
        if (!r.isOk())
            return;
        for (const Customer &customer : r.value())
            book->customers.insert(customer.id, customer.name);
    });
    store->listTechnicians(context, [book](CacheResult<QList<Technician>> r) {
        if (!r.isOk())
            return;
        for (const Technician &technician : r.value())
            book->technicians.insert(technician.id, technician.name);
    });
    store->listContacts(customerId, context,
                        [book, done = std::move(done)](CacheResult<QList<Contact>> r) {
                            if (r.isOk()) {
                                for (const Contact &contact : r.value())
                                    book->contacts.insert(contact.id, contact.name);
                            }
                            done(std::move(*book));
                        });
}

} // namespace fentu
