// export/encode_worker.cpp: one producer (the render thread), one or more consumers.
#include "export/encode_worker.hpp"

#include <exception>

#include "core/frame/premultiplied_rows.hpp"

namespace atlas::exporting {

EncodeWorker::EncodeWorker(FrameSink& sink, int width, int height, int threads)
    : m_sink(sink), m_width(width), m_height(height), m_depth(std::size_t(threads) + 1) {
    for (int i = 0; i < threads; ++i) m_threads.emplace_back([this] { run(); });
}

EncodeWorker::~EncodeWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    for (std::thread& thread : m_threads) thread.join();
}

bool EncodeWorker::push(int index, std::vector<std::uint8_t> rows) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < m_depth || !m_error.empty(); });
    if (!m_error.empty()) return false;
    m_queue.push_back({index, std::move(rows)});
    m_changed.notify_all();
    return true;
}

std::string EncodeWorker::drain() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return (m_queue.empty() && m_busy == 0) || !m_error.empty(); });
    return m_error;
}

int EncodeWorker::written() const {
    std::lock_guard lock(m_mutex);
    return m_written;
}

void EncodeWorker::run() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
        if (m_stopping) return;
        Frame frame = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_busy;
        m_changed.notify_all();
        lock.unlock();
        std::string error;
        try {
            m_sink.write(frame.index, core::imageFromPremultipliedRows(frame.rows, m_width, m_height));
        } catch (const std::exception& e) {
            error = e.what();
        }
        lock.lock();
        --m_busy;
        if (error.empty()) ++m_written;
        else {
            m_error = error;
            m_queue.clear();
        }
        m_changed.notify_all();
    }
}

} // namespace atlas::exporting
