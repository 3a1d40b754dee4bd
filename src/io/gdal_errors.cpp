// io/gdal_errors.cpp: a scoped CPL error handler and one-time GDAL set-up.
#include "io/gdal_errors.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <gdal.h>
#include <ogrsf_frmts.h>

#include <array>
#include <iterator>
#include <mutex>

namespace atlas::io {

namespace {

void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char* message) {
    if (level < CE_Warning) return;
    auto* messages = static_cast<std::vector<std::string>*>(CPLGetErrorHandlerUserData());
    if (messages) messages->emplace_back(message ? message : "unknown GDAL error");
}

thread_local std::vector<std::string> refusedUrls;

// The drivers data files may be opened with, and what registers each: no other is registered.
struct Driver {
    const char* name;
    void (*registerDriver)();
};
const Driver kDrivers[] = {
    {"ESRI Shapefile", RegisterOGRShape}, {"GeoJSON", RegisterOGRGeoJSON}, {"GPKG", RegisterOGRGeoPackage}, {"CSV", RegisterOGRCSV}};

// Every HTTP request GDAL would make (a GeoJSON "crs" of type "link" names a URL) fails here
// instead, before any connection.
CPLHTTPResult* refuseNetwork(const char* url, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*, void*) {
    refusedUrls.emplace_back(url ? url : "a URL");
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("network access is disabled");
    return result;
}

} // namespace

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(collect, &m_messages); }

GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

std::vector<std::string> GdalErrorCapture::take() {
    std::vector<std::string> out;
    out.swap(m_messages);
    return out;
}

std::vector<std::string> takeRefusedUrls() {
    std::vector<std::string> out;
    out.swap(refusedUrls);
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
        CPLHTTPSetFetchCallback(refuseNetwork, nullptr);
        for (const Driver& driver : kDrivers) driver.registerDriver();
    });
}

const char* const* allowedDrivers() {
    static const auto names = [] {
        std::array<const char*, std::size(kDrivers) + 1> list{};
        for (std::size_t i = 0; i < std::size(kDrivers); ++i) list[i] = kDrivers[i].name;
        return list;
    }();
    return names.data();
}

} // namespace atlas::io
