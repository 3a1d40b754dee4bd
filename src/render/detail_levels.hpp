// render/detail_levels.hpp: one layer's meshes at each detail level, built on first need: at
// once when a frame must be exact, otherwise on a worker thread of low priority while the
// nearest built level stands in. Levels far from the one in use are released to bound memory.
#pragma once

#include <array>
#include <functional>
#include <future>
#include <memory>
#include <vector>

#include "core/geo/simplify.hpp"
#include "render/draw_mode.hpp"
#include "render/gpu_mesh.hpp"

namespace atlas::render {

// A mesh as built on the CPU: floats to upload and the range each feature occupies.
struct MeshData {
    std::vector<float> vertices;
    std::vector<FeatureRange> ranges;
};

class DetailLevels {
public:
    using Builder = std::function<MeshData(int level)>; // runs on any thread; must not touch GL
    using Uploader = std::function<void(GpuMesh&, const std::vector<float>&)>;

    DetailLevels(Builder build, Uploader upload);

    const GpuMesh& mesh(int level, DrawMode mode);
    // True when level is built; otherwise starts building it on a worker.
    bool ready(int level);
    // True while a worker is still building a level, or when a level finished since the last
    // call (it is installed now): either way, draw again. Needs the GL context.
    bool building();
    // Releases the levels far from this one (built again when needed).
    void releaseFarFrom(int level);

private:
    static constexpr int kLevels = int(core::kDetailTolerances.size());
    static constexpr int kKeptAround = 1; // levels kept on either side of the one in use

    // Builds level on a worker thread of low priority, unless one already is.
    void startBuilding(int level);
    // Installs the levels whose build has finished; true when there was one.
    bool collectFinished();
    const GpuMesh& install(int level, MeshData data);

    Builder m_build;
    Uploader m_upload;
    std::array<std::unique_ptr<GpuMesh>, kLevels> m_meshes;
    std::array<std::future<MeshData>, kLevels> m_pending;
};

} // namespace atlas::render
