// render/detail_levels.cpp: synchronous or background builds, uploads on the GL thread only.
#include "render/detail_levels.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace atlas::render {

namespace {

constexpr int kWorkerNice = 10;

} // namespace

DetailLevels::DetailLevels(Builder build, Uploader upload) : m_build(std::move(build)), m_upload(std::move(upload)) {}

bool DetailLevels::building() {
    bool installed = collectFinished();
    return installed || std::any_of(m_pending.begin(), m_pending.end(), [](const auto& pending) { return pending.valid(); });
}

bool DetailLevels::collectFinished() {
    bool installed = false;
    for (int i = 0; i < kLevels; ++i) {
        std::future<MeshData>& pending = m_pending[std::size_t(i)];
        if (pending.valid() && pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            install(i, pending.get());
            installed = true;
        }
    }
    return installed;
}

const GpuMesh& DetailLevels::install(int level, MeshData data) {
    auto mesh = std::make_unique<GpuMesh>();
    m_upload(*mesh, data.vertices);
    mesh->ranges = std::move(data.ranges);
    m_meshes[std::size_t(level)] = std::move(mesh);
    return *m_meshes[std::size_t(level)];
}

void DetailLevels::releaseFarFrom(int level) {
    for (int i = 0; i < kLevels; ++i)
        if (std::abs(i - level) > kKeptAround) m_meshes[std::size_t(i)].reset();
}

void DetailLevels::startBuilding(int level) {
    std::future<MeshData>& pending = m_pending[std::size_t(level)];
    if (pending.valid()) return;
    pending = std::async(std::launch::async, [build = m_build, level] {
        // Below the drawing thread and the rasteriser's, so frames drawn meanwhile keep their pace.
        setpriority(PRIO_PROCESS, pid_t(gettid()), getpriority(PRIO_PROCESS, 0) + kWorkerNice);
        return build(level);
    });
}

bool DetailLevels::ready(int level) {
    collectFinished();
    std::size_t index = std::size_t(level);
    if (m_meshes[index]) return true;
    startBuilding(level);
    return false;
}

const GpuMesh& DetailLevels::mesh(int level, DrawMode mode) {
    collectFinished();
    std::size_t index = std::size_t(level);
    if (!m_meshes[index]) {
        const GpuMesh* nearest = nullptr;
        for (int distance = 1; distance < kLevels && !nearest; ++distance)
            for (int candidate : {level + distance, level - distance}) // coarser first: cheaper to draw
                if (candidate >= 0 && candidate < kLevels && m_meshes[std::size_t(candidate)]) {
                    nearest = m_meshes[std::size_t(candidate)].get();
                    break;
                }
        if (mode == DrawMode::Interactive && nearest) {
            startBuilding(level);
            return *nearest;
        }
        install(level, m_pending[index].valid() ? m_pending[index].get() : m_build(level));
    }
    releaseFarFrom(level);
    return *m_meshes[index];
}

} // namespace atlas::render
