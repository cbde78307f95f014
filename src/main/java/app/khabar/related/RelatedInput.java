package app.khabar.related;

import java.util.Set;

/**
 * What relatedness needs to know about one story.
 *
 * @param headlineKey normalised headline; equal keys on different pages mean the same story
 * @param personKeys  the people the story mentions
 */
public record RelatedInput(String storyKey, String pageKey, boolean teaser, String headlineKey, String text,
                           Set<String> personKeys) {
}
