package org.skillpass.shared.domain;

/**
 * Where a region sits in the province → city → county tree, written as codes separated by slashes
 * and ending in one ("220000/220200/220204/"). A region covers another when its path is a prefix of
 * the other's, which is what scoping an HR bureau to "its region and below" means.
 */
public final class RegionPath {

    private RegionPath() {
    }

    public static String child(String parentPath, String code) {
        return (parentPath == null ? "" : parentPath) + code + "/";
    }

    public static boolean covers(String scopePath, String path) {
        return scopePath != null && path != null && path.startsWith(scopePath);
    }

    /** The path of the city (prefecture) a region lies in, or the province's path for a province. */
    public static String city(String path) {
        String[] codes = path.split("/");
        return codes.length >= 2 ? codes[0] + "/" + codes[1] + "/" : path;
    }

    /** The SQL LIKE pattern matching a region and everything below it. */
    public static String likePattern(String scopePath) {
        return scopePath.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
