// export/png_file.cpp: libpng's simplified API, with an atomic rename on write.
#include "export/png_file.hpp"

#include <png.h>

#include <system_error>

namespace atlas::exporting {

std::string writePng(const core::Image& image, const std::filesystem::path& path) {
    std::filesystem::path temporary = path;
    temporary += ".partial";
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    png.width = png_uint_32(image.width);
    png.height = png_uint_32(image.height);
    png.format = PNG_FORMAT_RGBA;
    png.flags = 0;
    if (!png_image_write_to_file(&png, temporary.c_str(), 0, image.rgba.data(), 0, nullptr)) {
        std::string message = path.string() + ": cannot write PNG: " + png.message;
        std::error_code ec;
        std::filesystem::remove(temporary, ec);
        return message;
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        return path.string() + ": cannot write PNG: " + ec.message();
    }
    return {};
}

std::optional<core::Image> readPng(const std::filesystem::path& path, std::string& error) {
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&png, path.c_str())) {
        error = path.string() + ": cannot read PNG: " + png.message;
        return std::nullopt;
    }
    png.format = PNG_FORMAT_RGBA;
    core::Image image{int(png.width), int(png.height), std::vector<std::uint8_t>(PNG_IMAGE_SIZE(png))};
    if (!png_image_finish_read(&png, nullptr, image.rgba.data(), 0, nullptr)) {
        error = path.string() + ": cannot read PNG: " + png.message;
        png_image_free(&png);
        return std::nullopt;
    }
    return image;
}

} // namespace atlas::exporting
