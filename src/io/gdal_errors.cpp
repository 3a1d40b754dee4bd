// io/gdal_errors.cpp: a scoped CPL error handler and one-time GDAL set-up.
#include "io/gdal_errors.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogrsf_frmts.h>

#include <mutex>

namespace atlas::io {

namespace {

void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char* message) {
    if (level < CE_Warning) return;
    auto* messages = static_cast<std::vector<std::string>*>(CPLGetErrorHandlerUserData());
    if (messages) messages->emplace_back(message ? message : "unknown GDAL error");
}

} // namespace

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(collect, &m_messages); }

GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

std::vector<std::string> GdalErrorCapture::take() {
    std::vector<std::string> out;
    out.swap(m_messages);
    return out;
}

void initGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
        CPLSetConfigOption("OGR_CT_FORCE_TRADITIONAL_GIS_ORDER", "YES");
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
        GDALAllRegister();
    });
}

const char* const* allowedDrivers() {
    static const char* const kDrivers[] = {"ESRI Shapefile", "GeoJSON", "GPKG", "CSV", nullptr};
    return kDrivers;
}

} // namespace atlas::io
