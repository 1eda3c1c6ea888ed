<?php
/**
 * Three dynamic blocks: the server writes the element on every view, so what a visitor gets
 * does not depend on whether the user who saved the post may post unfiltered HTML.
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Block name (wisg/…) => the element it renders. */
const WISG_WIDGETS_BLOCKS = array(
	'project-list' => 'wisg-project-list',
	'project-card' => 'wisg-project-card',
	'timeline'     => 'wisg-timeline',
);

/** The Media Library types a block's data may come from: JSON, CSV/TSV sheets, IATI XML (see uploads.php). */
function wisg_widgets_data_types() {
	/**
	 * Filters the MIME types of files a block's data may be picked from.
	 *
	 * @param string[] $types MIME types.
	 */
	return apply_filters( 'wisg_widgets_data_types', array_values( WISG_WIDGETS_DATA_EXTENSIONS ) );
}

function wisg_widgets_register_blocks() {
	$versions = wisg_widgets_asset_versions();
	wp_register_script(
		'wisg-widgets-editor',
		plugins_url( 'build/editor.js', WISG_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		$versions['editor'],
		true
	);
	wp_set_script_translations( 'wisg-widgets-editor', 'wisg-widgets', WISG_WIDGETS_DIR . '/languages' );
	wp_add_inline_script(
		'wisg-widgets-editor',
		'window.wisgWidgetsEditor = ' . wp_json_encode(
			array(
				// "The page's language" in the editor is the site's, not the editing user's.
				'siteLanguage' => get_bloginfo( 'language' ),
				'dataTypes'    => wisg_widgets_data_types(),
			)
		) . ';',
		'before'
	);
	foreach ( array_keys( WISG_WIDGETS_BLOCKS ) as $folder ) {
		register_block_type( WISG_WIDGETS_DIR . '/blocks/' . $folder, array( 'render_callback' => 'wisg_widgets_render_block' ) );
	}
}

/**
 * A block's element, with what the block saved inside it: the editor's static rendering of the
 * projects (editor/index.ts, save()), as kses kept it for the user who saved the post, so the
 * page holds the projects' text for visitors without JavaScript, feeds and e-mail copies. The
 * widget's own rendering of the data it loads replaces it on screen. Blocks saved before the
 * content was (or without data) have none: the element alone.
 *
 * @param array    $attributes The block's attributes.
 * @param string   $content    The block's saved content.
 * @param WP_Block $block      The block.
 * @return string
 */
function wisg_widgets_render_block( $attributes, $content, $block ) {
	$tag = WISG_WIDGETS_BLOCKS[ substr( $block->name, strlen( 'wisg/' ) ) ] ?? null;
	if ( null === $tag ) {
		return '';
	}
	$values = array(
		'src'           => wisg_widgets_block_src( $attributes ),
		'lang'          => $attributes['lang'] ?? '',
		'theme'         => $attributes['theme'] ?? '',
		'iati-org'      => $attributes['iatiOrg'] ?? '',
		// A timeline block saved before it had `heading` keeps its words in `caption`.
		'heading'       => '' !== (string) ( $attributes['heading'] ?? '' ) ? $attributes['heading'] : ( $attributes['caption'] ?? '' ),
		'heading-level' => $attributes['headingLevel'] ?? '',
		'query'         => $attributes['query'] ?? '',
		'status'        => $attributes['status'] ?? '',
		'year'          => $attributes['year'] ?? '',
		'sort'          => $attributes['sort'] ?? '',
		'url-state'     => ! empty( $attributes['urlState'] ),
		'project-id'    => $attributes['projectId'] ?? '',
		'expanded'      => ! empty( $attributes['expanded'] ),
		'from'          => $attributes['from'] ?? '',
		'to'            => $attributes['to'] ?? '',
	);
	return sprintf( '<div %s>%s</div>', get_block_wrapper_attributes(), wisg_widgets_element_html( $tag, $values, trim( (string) $content ) ) );
}

/**
 * The data's address: the picked Media Library file's current URL (so a site moved to another
 * address keeps working), else the address typed in.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function wisg_widgets_block_src( array $attributes ) {
	$media = (int) ( $attributes['mediaId'] ?? 0 );
	if ( $media > 0 && 'attachment' === get_post_type( $media ) && in_array( get_post_mime_type( $media ), wisg_widgets_data_types(), true ) ) {
		$url = wp_get_attachment_url( $media );
		if ( $url ) {
			return $url;
		}
	}
	return (string) ( $attributes['src'] ?? '' );
}

// The blocks' own place in the inserter.
add_filter(
	'block_categories_all',
	static function ( $categories ) {
		$categories[] = array(
			'slug'  => 'wisg',
			'title' => __( 'WISG projects', 'wisg-widgets' ),
			'icon'  => null,
		);
		return $categories;
	}
);

// The widgets in the editor's canvas: the outer editor page (WordPress 6.1's post editor) and
// the iframed canvas of newer editors (enqueue_block_assets is how assets get into it).
add_action( 'enqueue_block_editor_assets', 'wisg_widgets_enqueue' );
add_action(
	'enqueue_block_assets',
	static function () {
		if ( is_admin() ) {
			wisg_widgets_enqueue();
		}
	}
);
