// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/queuespage.h"

#include "app/appengine.h"
#include "app/messagebox.h"
#include "app/models/queuetablemodel.h"
#include "app/widgets/messagebar.h"
#include "app/widgets/routercombo.h"
#include "app/widgets/tablecolumns.h"
#include "core/traffic/trafficjoiner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

QueuesPage::QueuesPage(AppEngine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new QueueTableModel(this))
    , m_table(new QTableView(this))
    , m_router(new RouterCombo(engine, {}, this))
    , m_messages(new MessageBar(this))
{
    m_table->setObjectName(u"queuesTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Simple queues"));
    auto* remove = new QPushButton(tr("&Remove PisoNet queue"), this);
    remove->setObjectName(u"removeQueueButton"_s);
    auto* note = new QLabel(tr("PisoNet's queues (bold) are named pisonet-&lt;MAC&gt; and are kept right "
                               "automatically; other queues are never changed."),
                            this);
    note->setWordWrap(true);
    m_router->setObjectName(u"queuesRouterCombo"_s);
    m_router->setAccessibleName(tr("Queues of the router"));
    auto* top = new QHBoxLayout;
    top->addWidget(note, 1);
    top->addWidget(m_router);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(remove, 0, Qt::AlignRight);
    connect(remove, &QPushButton::clicked, this, &QueuesPage::removeSelected);
    for (int i = 0; i < engine->routerCount(); ++i) {
        connect(&engine->routers().loop(i), &ControlLoop::refreshed, this, [this, i](const TrafficSnapshot& snapshot) {
            if (i == m_router->routerIndex()) {
                showQueues(snapshot);
            }
        });
    }
    connect(m_router, &RouterCombo::routerPicked, this, [this](int router) {
        m_model->setQueues({});
        showQueues(m_engine->routers().loop(router).monitor().snapshot());
    });
    // Made again while the routers run (the routers changed in Settings): what it has now.
    if (engine->routerCount() > 0) {
        showQueues(engine->routers().loop(std::max(0, m_router->routerIndex())).monitor().snapshot());
    }
}

void QueuesPage::showQueues(const TrafficSnapshot& snapshot)
{
    if (snapshot.stale) {
        return;
    }
    m_model->setQueues(snapshot.queues); // in place: selection and scroll stay
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        m_table->resizeColumnsToContents(); // once; later only wider
    }
    TableColumns::grow(m_table); // names, speeds and bytes grow: never cut them
}

void QueuesPage::removeSelected()
{
    const SimpleQueue* queue
        = m_table->currentIndex().isValid() ? m_model->queue(m_table->currentIndex().row()) : nullptr;
    const auto mac = queue != nullptr && queue->name.startsWith(TrafficJoiner::QueuePrefix)
        ? MacAddress::parse(QStringView(queue->name).sliced(TrafficJoiner::QueuePrefix.size()))
        : std::nullopt;
    if (!mac) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Select one of PisoNet's queues (pisonet-<MAC>) first; other queues are never "
                                   "changed."));
        return;
    }
    const QString name = queue->name;
    // The router asked about, even if another is picked before the answer.
    const int router = m_router->routerIndex();
    const QString question = m_router->isShared()
        ? tr("Remove %1 on router %2? The device's limit is forgotten too.").arg(name, m_router->routerName())
        : tr("Remove %1? The device's limit is forgotten too.").arg(name);
    MessageBox::ask(this, tr("Remove queue"), question, [this, mac = *mac, name, router] {
        BandwidthController::ChangeRequest request;
        request.origin = tr("window");
        m_engine->routers().loop(router).bandwidth().removeLimit(
            mac, request, this, [this, name](const BandwidthController::Outcome& outcome) {
                if (outcome.ok()) {
                    m_messages->showMessage(MessageBar::Kind::Information, outcome.message);
                } else {
                    m_messages->showMessage(MessageBar::Kind::Error,
                                            tr("%1 not removed: %2").arg(name, outcome.message));
                }
            });
    });
}
