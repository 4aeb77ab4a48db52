#include "timelinewidget.h"

#include "plaintext.h"
#include "query/timelinesource.h"
#include "render/scenerenderer.h"
#include "timeline/tickgenerator.h"
#include "timelineaccessible.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr double zoomStep = 1.5;
constexpr double panFraction = 0.15; // of the plot's width per arrow key
constexpr double dragThreshold = 4;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(480, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    TimelineAccessible::install();
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Tab and Shift+Tab move through the events, Enter opens one."));
    m_view.today = QDate::currentDate();
    m_view.decorations.legend = true;
    m_laneBar = new QScrollBar(Qt::Vertical, this);
    m_laneBar->setObjectName(QStringLiteral("laneScrollBar"));
    connect(m_laneBar, &QScrollBar::valueChanged, this, &TimelineWidget::setFirstLane);
    m_prefetch.setSingleShot(true);
    m_prefetch.setInterval(150);
    connect(&m_prefetch, &QTimer::timeout, this, [this] {
        if (!m_source)
            return;
        auto status = m_source->prefetchAround(m_view.firstLane, m_scene.plot.height(),
                                               m_view.collapsedCompanies);
        if (!status)
            emit failed(status.error().message);
    });
}

void TimelineWidget::setSource(TimelineSource *source)
{
    m_source = source;
    m_view.firstLane = 0;
    m_view.laneOffset = 0;
    refresh();
}

void TimelineWidget::refresh()
{
    m_view.today = QDate::currentDate();
    relayout();
}

Theme TimelineWidget::theme() const
{
    switch (m_themeChoice) {
    case ThemeChoice::Light:
        return Theme::light();
    case ThemeChoice::Dark:
        return Theme::dark();
    case ThemeChoice::System:
        break;
    }
    return palette().color(QPalette::Window).lightness() < 128 ? Theme::dark() : Theme::light();
}

void TimelineWidget::setThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    update();
}

void TimelineWidget::setLegendVisible(bool visible)
{
    m_view.decorations.legend = visible;
    relayout();
}

void TimelineWidget::relayout()
{
    const QSizeF size(std::max(1, width() - m_laneBar->sizeHint().width()), height());
    m_view.size = size;
    const QRectF plot = TimelineLayout::plotRect(size, m_view.decorations);
    m_view.viewport = m_view.viewport.withWidth(std::max(1.0, plot.width()));
    std::span<const LaneData> lanes;
    if (m_source) {
        auto loaded = m_source->lanesFilling(m_view.firstLane, plot.height() + m_view.laneOffset,
                                             m_view.collapsedCompanies);
        if (loaded)
            lanes = *loaded;
        else
            emit failed(loaded.error().message);
    }
    m_scene = TimelineLayout::layout(lanes, m_view);
    syncScrollBar();
    update();
    m_prefetch.start();
}

void TimelineWidget::syncScrollBar()
{
    const int lanes = m_source ? m_source->laneCount() : 0;
    const QSignalBlocker blocker(m_laneBar);
    m_laneBar->setRange(0, std::max(0, lanes - 1));
    m_laneBar->setPageStep(std::max(1, int(m_scene.plot.height() / 80)));
    m_laneBar->setValue(m_view.firstLane);
    m_laneBar->setVisible(lanes > 1);
}

void TimelineWidget::setViewport(const Viewport &viewport)
{
    m_view.viewport = viewport;
    relayout();
    emit viewChanged();
}

void TimelineWidget::setVisibleRange(double firstDay, double lastDay)
{
    setViewport(Viewport(firstDay, std::max(lastDay - firstDay, Viewport::minSpanDays),
                         m_view.viewport.width()));
}

void TimelineWidget::setFirstLane(int lane)
{
    const int last = m_source ? std::max(0, m_source->laneCount() - 1) : 0;
    lane = std::clamp(lane, 0, last);
    if (lane == m_view.firstLane && m_view.laneOffset == 0)
        return;
    m_view.firstLane = lane;
    m_view.laneOffset = 0;
    relayout();
    emit viewChanged();
}

void TimelineWidget::setCollapsedCompanies(const QSet<QString> &companies)
{
    m_view.collapsedCompanies = companies;
    relayout();
    emit viewChanged();
}

void TimelineWidget::setRowOptions(const RowOptions &rows)
{
    if (m_view.rows == rows)
        return;
    m_view.rows = rows;
    relayout();
    emit viewChanged();
}

void TimelineWidget::toggleLane(const QString &company)
{
    QSet<QString> collapsed = m_view.collapsedCompanies;
    if (!collapsed.remove(company))
        collapsed.insert(company);
    setCollapsedCompanies(collapsed);
}

void TimelineWidget::selectEvent(EventId id)
{
    if (m_view.selectedEvent == id)
        return;
    // Only the marks of the old and the new selection change: no new layout, and only where
    // they are painted.
    const QRectF before = m_scene.selectionBounds(m_view.selectedEvent);
    m_view.selectedEvent = id;
    m_scene.select(id);
    update(before.united(m_scene.selectionBounds(id)).toAlignedRect());
    announceSelection();
}

void TimelineWidget::announceSelection()
{
    // The accessible name and description are the selected event's (TimelineAccessible): a
    // screen reader speaks the focused widget's name again when told it changed.
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent name(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&name);
    QAccessibleEvent description(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
}

std::optional<Event> TimelineWidget::shownEvent(EventId id)
{
    if (id == 0 || !m_source)
        return std::nullopt;
    for (const int index : lanesInView()) {
        const auto lane = m_source->lane(index);
        if (!lane)
            continue;
        for (const Event &event : (*lane)->events) {
            if (event.id == id)
                return event;
        }
    }
    return std::nullopt;
}

void TimelineWidget::selectAndReport(EventId id)
{
    selectEvent(id);
    emit eventSelected(id);
}

double TimelineWidget::plotX(QPointF point) const
{
    return point.x() - m_scene.plot.left();
}

void TimelineWidget::zoomAt(double x, double factor)
{
    setViewport(m_view.viewport.zoomedAround(x, factor));
}

void TimelineWidget::zoomIn()
{
    zoomAt(m_view.viewport.width() / 2, zoomStep);
}

void TimelineWidget::zoomOut()
{
    zoomAt(m_view.viewport.width() / 2, 1 / zoomStep);
}

void TimelineWidget::panLeft()
{
    setViewport(m_view.viewport.panned(m_view.viewport.width() * panFraction));
}

void TimelineWidget::panRight()
{
    setViewport(m_view.viewport.panned(-m_view.viewport.width() * panFraction));
}

void TimelineWidget::fitAll()
{
    std::pair<QDate, QDate> span{QDate::currentDate(), QDate::currentDate()};
    if (m_source) {
        auto extent = m_source->extent(m_view.today);
        if (extent)
            span = *extent;
        else
            emit failed(extent.error().message);
    }
    m_view.firstLane = 0;
    m_view.laneOffset = 0;
    setViewport(Viewport::fitting(span.first, span.second, m_view.viewport.width()));
}

void TimelineWidget::goToDate(QDate date)
{
    if (date.isValid())
        setViewport(m_view.viewport.centeredOn(date));
}

void TimelineWidget::showApart(EventId id, QDate date)
{
    if (!date.isValid())
        return;
    // Zoom in around the date while the event is merged into a cluster with its neighbours, so
    // that a search result or a date gone to is a marker of its own, not a count bubble.
    const double day = double(date.toJulianDay());
    const auto standsApart = [&] {
        bool inCluster = false;
        for (const SceneMarker &m : m_scene.markers) {
            if (m.count == 1 && id != 0 && m.eventId == id)
                return true;
            if (m.count > 1 && m.firstDay <= day && day <= m.lastDay)
                inCluster = true;
        }
        return !inCluster;
    };
    const Viewport &view = m_view.viewport;
    if (id != 0 && view.firstDay() <= day && day <= view.lastDay() && standsApart())
        return; // in view and on its own already: the view stays where the user put it
    setViewport(m_view.viewport.centeredOn(date));
    for (int step = 0; step < 16 && !standsApart(); ++step) {
        if (m_view.viewport.spanDays() <= Viewport::minSpanDays)
            break;
        setViewport(m_view.viewport.zoomedAround(m_view.viewport.xForDate(date), 2.0));
    }
}

std::vector<int> TimelineWidget::lanesInView() const
{
    std::vector<int> lanes;
    for (const SceneMarker &marker : m_scene.markers)
        lanes.push_back(marker.lane);
    for (const SceneRect &rect : m_scene.rects)
        lanes.push_back(rect.lane);
    std::sort(lanes.begin(), lanes.end());
    lanes.erase(std::unique(lanes.begin(), lanes.end()), lanes.end());
    std::erase_if(
        lanes, [this](int lane) { return !m_source || lane < 0 || lane >= m_source->laneCount(); });
    return lanes;
}

std::vector<TimelineWidget::TabStop> TimelineWidget::tabStops()
{
    std::vector<TabStop> stops;
    for (const int index : lanesInView()) {
        const auto lane = m_source->lane(index);
        if (!lane)
            continue;
        const std::size_t first = stops.size();
        for (const Event &event : (*lane)->events)
            stops.push_back({event.id, event.date.firstDay()});
        std::stable_sort(stops.begin() + std::ptrdiff_t(first), stops.end(),
                         [](const TabStop &a, const TabStop &b) { return a.date < b.date; });
    }
    return stops;
}

void TimelineWidget::selectStep(int step)
{
    const std::vector<TabStop> stops = tabStops();
    if (stops.empty())
        return;
    const auto at = std::find_if(stops.begin(), stops.end(), [this](const TabStop &stop) {
        return stop.id == m_view.selectedEvent;
    });
    std::ptrdiff_t index =
        at == stops.end() ? (step > 0 ? -1 : std::ptrdiff_t(stops.size())) : at - stops.begin();
    index = (index + step + std::ptrdiff_t(stops.size())) % std::ptrdiff_t(stops.size());
    const TabStop &stop = stops[std::size_t(index)];
    selectAndReport(stop.id);
    // Brought into view, and zoomed into while it is merged into a cluster, until it has a
    // marker of its own (events on one day never separate: it stays selected in its cluster,
    // and the details and a screen reader give it). An event in view and apart stays put.
    showApart(stop.id, stop.date);
}

void TimelineWidget::selectNextEvent()
{
    selectStep(1);
}

void TimelineWidget::selectPreviousEvent()
{
    selectStep(-1);
}

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const Theme colors = theme();
    painter.fillRect(event->rect(), colors.background);
    // Only what touches the exposed part: a moved selection repaints a few markers, not all.
    SceneRenderer::paint(painter, m_scene, colors, SceneRenderer::Background::Paint,
                         QRectF(event->rect()));
    if (hasFocus()) {
        painter.setPen(QPen(colors.selection, 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(m_scene.plot).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *)
{
    const int barWidth = m_laneBar->sizeHint().width();
    m_laneBar->setGeometry(width() - barWidth, 0, barWidth, height());
    relayout();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint steps = event->angleDelta();
    if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) {
        // Shift or Ctrl + wheel scrolls through the lanes instead of zooming.
        setFirstLane(m_view.firstLane - steps.y() / 120);
    } else if (steps.y() != 0) {
        const double factor = std::pow(1.25, steps.y() / 120.0);
        zoomAt(plotX(event->position()), factor);
    } else if (steps.x() != 0) {
        setViewport(m_view.viewport.panned(steps.x() / 2.0));
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragMoved = false;
    m_dragStart = event->position();
    m_dragViewport = m_view.viewport;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const double dx = event->position().x() - m_dragStart.x();
    if (!m_dragMoved && std::abs(dx) < dragThreshold)
        return;
    m_dragMoved = true;
    setCursor(Qt::ClosedHandCursor);
    setViewport(m_dragViewport.panned(dx));
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    unsetCursor();
    if (m_dragMoved)
        return;
    const SceneHit hit = m_scene.hitTest(event->position());
    switch (hit.kind) {
    case SceneHit::Kind::Event:
        selectAndReport(hit.eventId);
        break;
    case SceneHit::Kind::Cluster:
        openCluster(hit, event->globalPosition().toPoint());
        break;
    case SceneHit::Kind::TenureBar:
        selectEvent(hit.eventId);
        emit tenureSelected(hit.eventId);
        break;
    case SceneHit::Kind::LaneTitle:
        if (m_source && hit.lane >= 0 && hit.lane < m_source->laneCount())
            toggleLane(m_source->company(hit.lane));
        break;
    case SceneHit::Kind::Note:
        emit noteActivated(hit.noteId);
        break;
    case SceneHit::Kind::Nothing:
        selectAndReport(0);
        break;
    }
}

void TimelineWidget::openCluster(const SceneHit &hit, QPoint globalPos)
{
    // Zooming separates events on different days; events on one day never separate, so those
    // are offered in a menu to pick from.
    const double spanPixels = (hit.lastDay - hit.firstDay) * m_view.viewport.pixelsPerDay();
    const bool canSplit = spanPixels >= 1 && m_view.viewport.spanDays() > Viewport::minSpanDays;
    if (canSplit) {
        const double room = std::max(2.0, (hit.lastDay - hit.firstDay) * 0.15);
        setVisibleRange(hit.firstDay - room, hit.lastDay + room);
        return;
    }
    if (!m_source)
        return;
    auto lane = m_source->lane(hit.lane);
    if (!lane)
        return;
    QMenu menu(this);
    for (const Event &event : (*lane)->events) {
        const double day = double(event.date.firstDay().toJulianDay());
        if (day < hit.firstDay || day > hit.lastDay)
            continue;
        const EventId id = event.id;
        menu.addAction(event.summary(), this, [this, id] { selectAndReport(id); });
    }
    menu.exec(globalPos);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const SceneHit hit = m_scene.hitTest(event->position());
    if (hit.kind == SceneHit::Kind::Event || hit.kind == SceneHit::Kind::TenureBar) {
        selectAndReport(hit.eventId);
        emit eventActivated(hit.eventId);
    }
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        panLeft();
        break;
    case Qt::Key_Right:
        panRight();
        break;
    case Qt::Key_Up:
        setFirstLane(m_view.firstLane - 1);
        break;
    case Qt::Key_Down:
        setFirstLane(m_view.firstLane + 1);
        break;
    case Qt::Key_PageUp:
        setFirstLane(m_view.firstLane - m_laneBar->pageStep());
        break;
    case Qt::Key_PageDown:
        setFirstLane(m_view.firstLane + m_laneBar->pageStep());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        tabThroughEvents(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_view.selectedEvent != 0)
            emit eventActivated(m_view.selectedEvent);
        break;
    case Qt::Key_Escape:
        selectAndReport(0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineWidget::focusNextPrevChild(bool)
{
    // Tab and Shift+Tab move between events on the timeline first: keyPressEvent decides.
    return false;
}

void TimelineWidget::tabThroughEvents(bool forward)
{
    // Past the last event (the first, going back) Tab leaves the timeline as it leaves any
    // widget, so keyboard users are not trapped in it.
    const std::vector<TabStop> stops = tabStops();
    if (stops.empty() || m_view.selectedEvent == (forward ? stops.back().id : stops.front().id))
        QWidget::focusNextPrevChild(forward);
    else
        selectStep(forward ? 1 : -1);
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF at = event->pos();
    const SceneHit hit = m_scene.hitTest(at);
    QMenu menu(this);
    const int laneHere = hit.lane >= 0 ? hit.lane : m_scene.laneAt(at.y());
    const QString companyHere = m_source && laneHere >= 0 && laneHere < m_source->laneCount()
                                    ? m_source->company(laneHere)
                                    : QString();
    if (m_scene.plot.contains(at)) {
        const QDate date = m_view.viewport.dateForX(plotX(at));
        const QString day = QLocale().toString(date, QLocale::ShortFormat);
        // As precise as the axis shows: a day where days are labelled, a month where months or
        // quarters are, else a year; the step is the one the layout labels the axis with.
        const TickStep step = TickGenerator().minorStep(
            m_view.viewport.withWidth(m_scene.plot.width()).pixelsPerDay());
        const PartialDate shown = PartialDate::fromDate(
            date, step.unit == TickStep::Unit::Year    ? PartialDate::Precision::Year
                  : step.unit == TickStep::Unit::Month ? PartialDate::Precision::Month
                                                       : PartialDate::Precision::Day);
        menu.addAction(tr("Add event here (%1)…").arg(shown.toDisplayString()), this,
                       [this, companyHere, shown] { emit addEventRequested(companyHere, shown); });
        menu.addAction(tr("Add note here (%1)…").arg(day), this,
                       [this, companyHere, date] { emit addNoteRequested(companyHere, date, 0); });
    }
    if (hit.kind == SceneHit::Kind::Event || hit.kind == SceneHit::Kind::TenureBar) {
        const EventId id = hit.eventId;
        menu.addAction(tr("Edit event…"), this, [this, id] {
            selectAndReport(id);
            emit eventActivated(id);
        });
        menu.addAction(tr("Add note to this event…"), this,
                       [this, id] { emit addNoteRequested(QString(), QDate(), id); });
    }
    if (hit.kind == SceneHit::Kind::Note) {
        const AnnotationId id = hit.noteId;
        menu.addAction(tr("Edit note…"), this, [this, id] { emit noteActivated(id); });
        menu.addAction(tr("Remove note"), this, [this, id] { emit removeNoteRequested(id); });
    }
    if (m_source && hit.lane >= 0 && hit.lane < m_source->laneCount()) {
        const QString company = m_source->company(hit.lane);
        const QString name = PlainText::asActionText(company);
        menu.addSeparator();
        menu.addAction(m_view.collapsedCompanies.contains(company) ? tr("Expand %1").arg(name)
                                                                   : tr("Collapse %1").arg(name),
                       this, [this, company] { toggleLane(company); });
        menu.addAction(tr("Move %1 up").arg(name), this,
                       [this, company] { emit laneMoveRequested(company, -1); });
        menu.addAction(tr("Move %1 down").arg(name), this,
                       [this, company] { emit laneMoveRequested(company, 1); });
    }
    menu.addSeparator();
    menu.addAction(tr("Fit all"), this, &TimelineWidget::fitAll);
    menu.exec(event->globalPos());
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const SceneHit hit = m_scene.hitTest(help->pos());
        if (hit.tooltip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), PlainText::asRichText(hit.tooltip), this);
        return true;
    }
    return QWidget::event(event);
}
