<?php
/**
 * The widgets' own script, shipped in the plugin (nothing is fetched from elsewhere): the classic
 * build, which every WordPress since 6.1 can enqueue (no script modules needed); and the
 * stylesheet of their pre-rendered content (what a block saved), which lays it out as the widget
 * will, so the takeover does not move the page. Both are registered on every request and enqueued
 * only where a widget is shown: once, however many there are.
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Asset versions written by the build (a hash of each file), so browsers fetch a new file
 * when it changes; and where the bundle is: in a folder named after its and its lazy chunks'
 * hash, so that the chunks it loads from its own folder are always of its own version.
 *
 * @return array{widgets: string, widgets_path: string, styles: string, editor: string}
 */
function wisg_widgets_asset_versions() {
	static $versions = null;
	if ( null === $versions ) {
		$file     = WISG_WIDGETS_DIR . '/build/versions.php';
		$versions = is_readable( $file ) ? require $file : array();
		$versions += array(
			'widgets'      => WISG_WIDGETS_VERSION,
			'widgets_path' => 'build/wisg-widgets.iife.js',
			'styles'       => WISG_WIDGETS_VERSION,
			'editor'       => WISG_WIDGETS_VERSION,
		);
	}
	return $versions;
}

function wisg_widgets_register_assets() {
	$versions = wisg_widgets_asset_versions();
	// In the footer: a classic theme prints the content after wp_head.
	wp_register_script( 'wisg-widgets', plugins_url( $versions['widgets_path'], WISG_WIDGETS_FILE ), array(), $versions['widgets'], true );
	wp_register_style( 'wisg-widgets', plugins_url( 'build/wisg-widgets.css', WISG_WIDGETS_FILE ), array(), $versions['styles'] );
	// The space a widget without content takes before the script has run (README, "No jump while loading").
	wp_add_inline_style( 'wisg-widgets', 'wisg-project-list:not(:defined),wisg-project-card:not(:defined),wisg-timeline:not(:defined){display:block;min-height:6em}' );
}

/** On a page that shows a widget (WordPress prints each enqueued handle once). */
function wisg_widgets_enqueue() {
	wp_enqueue_script( 'wisg-widgets' );
	wp_enqueue_style( 'wisg-widgets' );
}

/**
 * In the head where the page's posts are known to show a widget: a classic theme prints the content
 * after wp_head, and a stylesheet enqueued there would come in the footer, after the pre-rendered
 * content was first laid out without it. (Widgets elsewhere still get it, in the footer.)
 */
add_action(
	'wp_enqueue_scripts',
	static function () {
		foreach ( $GLOBALS['wp_query']->posts ?? array() as $post ) {
			if ( $post instanceof WP_Post && ( false !== strpos( $post->post_content, '<!-- wp:wisg/' ) || false !== stripos( $post->post_content, '<wisg-' ) || false !== stripos( $post->post_content, '[wisg_' ) ) ) {
				wp_enqueue_style( 'wisg-widgets' );
				return;
			}
		}
	}
);
