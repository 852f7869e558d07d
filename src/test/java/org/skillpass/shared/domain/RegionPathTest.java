package org.skillpass.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionPathTest {

    @Test
    void aRegionCoversItselfAndWhatLiesBelowOnly() {
        String jilinCity = "220000/220200/";
        assertThat(RegionPath.covers(jilinCity, "220000/220200/")).isTrue();
        assertThat(RegionPath.covers(jilinCity, "220000/220200/220204/")).isTrue();
        assertThat(RegionPath.covers(jilinCity, "220000/")).isFalse();
        assertThat(RegionPath.covers(jilinCity, "220000/220100/220102/")).isFalse();
        assertThat(RegionPath.covers("220000/2202", "220000/220200/")).isTrue(); // paths are always written whole
        assertThat(RegionPath.covers(null, "220000/")).isFalse();
    }

    @Test
    void cityOfARegion() {
        assertThat(RegionPath.city("220000/220200/220204/")).isEqualTo("220000/220200/");
        assertThat(RegionPath.city("220000/220200/")).isEqualTo("220000/220200/");
        assertThat(RegionPath.city("220000/")).isEqualTo("220000/");
    }

    @Test
    void likePatternEscapesWildcards() {
        assertThat(RegionPath.likePattern("220000/")).isEqualTo("220000/%");
        assertThat(RegionPath.likePattern("a_b%")).isEqualTo("a\\_b\\%%");
        assertThat(RegionPath.child("220000/", "220200")).isEqualTo("220000/220200/");
    }
}
