#include "engine/transactions/two_thread_parse.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <thread>

namespace crm::transactions::detail {

namespace {

// How often each half looks at the other (cancellation, progress): often enough that a
// cancel or a stop on a bad line ends the other half soon.
constexpr std::size_t kCheckEvery = 8192;

std::vector<std::uint32_t> internAll(StringInterner& into, const std::vector<std::string>& ids) {
    std::vector<std::uint32_t> index;
    index.reserve(ids.size());
    for (const std::string& id : ids) index.push_back(into.intern(id));
    return index;
}

// Appends the second half's counts, listed lines and (when `withTable`) lines to the first's,
// line numbers shifted by the line breaks of the first half.
void appendSecondHalf(StretchParser& first, StretchParser& second, const ImportOptions& options,
                      bool withTable) {
    ImportResult& a = first.result;
    ImportResult& b = second.result;
    const std::size_t lines = first.scanner().lineBreaks();
    a.stats.rowsRead += b.stats.rowsRead;
    a.stats.skippedBad += b.stats.skippedBad;
    a.stats.skippedNoCustomer += b.stats.skippedNoCustomer;
    for (LineError& e : b.errors) {  // the cap as the one-thread parse applies it
        if (options.onError != OnError::Stop && a.errors.size() >= options.maxListedErrors) break;
        e.line += lines;
        a.errors.push_back(std::move(e));
    }
    for (std::size_t line : b.noCustomerLines) {
        if (a.noCustomerLines.size() >= options.maxListedErrors) break;
        a.noCustomerLines.push_back(line + lines);
    }
    if (!withTable) return;

    TransactionTable& ta = a.table;
    const TransactionTable& tb = b.table;
    // New ids keep their order of first appearance: after the first half's, in the second's order.
    const auto customerIndex = internAll(first.customers, tb.customerIds);
    const auto segmentIndex = internAll(first.segments, tb.segmentNames);
    const auto orderIndex = internAll(first.orders, tb.orderIds);
    ta.reserve(ta.size() + tb.size());
    const auto append = [](auto& to, const auto& from) {
        to.insert(to.end(), from.begin(), from.end());
    };
    for (std::uint32_t c : tb.customer) ta.customer.push_back(customerIndex[c]);
    append(ta.day, tb.day);
    append(ta.amount, tb.amount);
    append(ta.cost, tb.cost);
    append(ta.quantitySign, tb.quantitySign);
    if (ta.hasSegment)
        for (std::uint32_t s : tb.segment) ta.segment.push_back(segmentIndex[s]);
    else
        append(ta.segment, tb.segment);
    if (ta.hasOrder)
        for (std::uint32_t o : tb.order) ta.order.push_back(orderIndex[o]);
    else
        append(ta.order, tb.order);
    for (std::uint32_t line : tb.sourceLine)
        ta.sourceLine.push_back(line + static_cast<std::uint32_t>(lines));
}

}  // namespace

std::size_t twoThreadCut(std::string_view buffer) {
    const char* data = buffer.data();
    const std::size_t n = buffer.size();
    std::size_t pos = n / 2;
    std::size_t quotes = static_cast<std::size_t>(std::count(data, data + pos, '"'));
    for (const std::size_t giveUp = n / 2 + n / 4; pos < giveUp;) {
        std::size_t i = pos;
        while (i < n && data[i] != '\n' && data[i] != '\r') ++i;
        if (i >= n) return 0;
        quotes += static_cast<std::size_t>(std::count(data + pos, data + i, '"'));
        std::size_t end = i + 1;
        if (data[i] == '\r' && end < n && data[end] == '\n') ++end;
        if (quotes % 2 == 0) {
            // A second scanner would skip a byte order mark there as the start of its buffer.
            if (end >= n || withoutBom(buffer.substr(end)).size() != n - end) return 0;
            return end;
        }
        pos = end;
    }
    return 0;
}

std::optional<ImportResult> parseInTwoThreads(std::string_view buffer, const ImportOptions& options,
                                              const Layout& layout,
                                              const ProgressCallback& progress) {
    if (layout.empty || buffer.size() < options.twoThreadsFromBytes) return std::nullopt;
    const std::size_t cut = twoThreadCut(buffer);
    if (cut == 0) return std::nullopt;
    const std::size_t n = buffer.size();
    // The first half's table receives the second's lines: it is sized for the whole file.
    StretchParser first(buffer.substr(0, cut), options.dialect.hasHeader, options, layout,
                        layout.estimatedRows);
    StretchParser second(
        buffer.substr(cut), false, options, layout,
        static_cast<std::size_t>(static_cast<double>(layout.estimatedRows) *
                                 static_cast<double>(n - cut) / static_cast<double>(n)) +
            16);

    // The progress callback runs on this thread only: the second half publishes its counts.
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> secondRows{0}, secondBytes{0};
    std::atomic<std::uint32_t> secondTicks{0};
    std::atomic<bool> secondDone{false};
    std::exception_ptr secondFailure;
    bool cancelled = false;
    std::size_t nextReport = kProgressEvery;
    const std::function<bool()> report = [&] {
        const std::size_t rows = first.rowsRead() + secondRows.load(std::memory_order_acquire);
        if (rows < nextReport) return true;
        nextReport = (rows / kProgressEvery + 1) * kProgressEvery;
        const std::size_t bytes = first.scanner().offset() + secondBytes.load();
        if (progress && !progress(bytes, n, rows)) {
            cancelled = true;
            stop = true;
            return false;
        }
        return true;
    };
    {
        const auto publish = [&] {
            secondRows.store(second.rowsRead(), std::memory_order_release);
            secondBytes.store(second.scanner().offset());
            secondTicks.fetch_add(1, std::memory_order_release);
            secondTicks.notify_one();
        };
        std::jthread worker([&] {
            try {
                second.run(kCheckEvery, [&] {
                    publish();
                    return !stop.load(std::memory_order_relaxed);
                });
            } catch (...) {
                secondFailure = std::current_exception();
            }
            secondDone = true;
            publish();
        });
        try {
            first.run(kCheckEvery, report);
        } catch (...) {
            stop = true;  // the worker ends soon and is joined on the way out
            throw;
        }
        if (first.stopped()) stop = true;
        // This half is done: keep reporting progress (and hearing a cancel) while the other ends.
        while (!stop) {
            const std::uint32_t ticks = secondTicks.load(std::memory_order_acquire);
            if (secondDone || !report()) break;
            secondTicks.wait(ticks, std::memory_order_acquire);
        }
    }  // joins the worker
    if (secondFailure) std::rethrow_exception(secondFailure);

    if (cancelled) {  // the counts of both halves so far, no table
        appendSecondHalf(first, second, options, false);
        return finishImport(std::move(first.result), layout, false, true);
    }
    // The cut was inside a quoted field: the halves are not what one pass would read.
    if (first.scanner().endedInsideQuotes()) return std::nullopt;
    if (first.stopped()) return finishImport(std::move(first.result), layout, true, false);
    const bool stopped = second.stopped();
    appendSecondHalf(first, second, options, !stopped);
    if (!stopped && progress && !progress(n, n, first.rowsRead())) cancelled = true;
    return finishImport(std::move(first.result), layout, stopped, cancelled);
}

}  // namespace crm::transactions::detail
