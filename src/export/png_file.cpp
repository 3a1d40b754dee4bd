// export/png_file.cpp: libpng's full API for writing (to choose the deflate level), its simplified
// API for reading, and an atomic rename on write.
#include "export/png_file.hpp"

#include <png.h>

#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <vector>

namespace atlas::exporting {

namespace {

// libpng reports errors by longjmp; this keeps the message for the caller.
void failPng(png_structp png, png_const_charp message) {
    *static_cast<std::string*>(png_get_error_ptr(png)) = message;
    png_longjmp(png, 1);
}

void ignoreWarning(png_structp, png_const_charp) {}

// Writes the PNG to an open file; empty on success, else libpng's message.
std::string encodePng(const core::Image& image, std::FILE* file, int deflateLevel) {
    std::string error;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &error, failPng, ignoreWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return "out of memory";
    }
    std::vector<png_bytep> rows(std::size_t(image.height));
    for (int y = 0; y < image.height; ++y) rows[std::size_t(y)] = const_cast<png_bytep>(image.pixel(0, y));
    if (setjmp(png_jmpbuf(png)) == 0) {
        png_init_io(png, file);
        png_set_IHDR(png, info, png_uint_32(image.width), png_uint_32(image.height), 8, PNG_COLOR_TYPE_RGBA,
                     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        png_set_compression_level(png, deflateLevel);
        // Flat map colours compress well unfiltered, and choosing no filter costs nothing.
        if (deflateLevel <= kFastDeflate) png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
        png_set_rows(png, info, rows.data());
        png_write_png(png, info, PNG_TRANSFORM_IDENTITY, nullptr);
    }
    png_destroy_write_struct(&png, &info);
    return error;
}

} // namespace

std::string writePng(const core::Image& image, const std::filesystem::path& path, int deflateLevel) {
    std::filesystem::path temporary = path;
    temporary += ".partial";
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    std::string error = file ? encodePng(image, file, deflateLevel) : std::strerror(errno);
    if (file && std::fclose(file) != 0 && error.empty()) error = std::strerror(errno);
    std::error_code ec;
    if (error.empty()) {
        std::filesystem::rename(temporary, path, ec);
        if (ec) error = ec.message();
    }
    if (error.empty()) return {};
    std::filesystem::remove(temporary, ec);
    return path.string() + ": cannot write PNG: " + error;
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
