<?php
/**
 * Projects files in the Media Library: `.json` uploads are accepted for users who may upload
 * files, and only when the file is a projects document, so a mistake is caught on upload with
 * a message rather than on the page. Whether each project is right is the widget's to say (it
 * shows every problem by path); here only the document's shape is checked.
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The widgets refuse larger files (MAX_DATA_BYTES in src/loading/project-data-controller.ts). */
const WISG_WIDGETS_MAX_DATA_BYTES = 5 * 1024 * 1024;

add_filter(
	'upload_mimes',
	static function ( $mimes, $user = null ) {
		if ( $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' ) ) {
			$mimes['json'] = 'application/json';
		}
		return $mimes;
	},
	10,
	2
);

// WordPress checks a file's content against its extension; a small JSON file can read as
// text/plain to fileinfo.
add_filter(
	'wp_check_filetype_and_ext',
	static function ( $checked, $file, $filename, $mimes, $real_mime = null ) {
		if ( ! $checked['type'] && preg_match( '/\.json$/i', (string) $filename ) && in_array( $real_mime, array( 'application/json', 'text/plain' ), true ) && current_user_can( 'upload_files' ) ) {
			$checked['ext']  = 'json';
			$checked['type'] = 'application/json';
		}
		return $checked;
	},
	10,
	5
);

/**
 * Refuses a .json upload that is not a projects document, with the reason.
 *
 * @param array $file As PHP describes an upload: name, tmp_name, error…
 * @return array
 */
function wisg_widgets_check_upload( $file ) {
	if ( empty( $file['name'] ) || ! preg_match( '/\.json$/i', $file['name'] ) || ! empty( $file['error'] ) ) {
		return $file;
	}
	$problem = wisg_widgets_projects_file_problem( $file['tmp_name'] );
	if ( null !== $problem ) {
		$file['error'] = $problem;
	}
	return $file;
}
// Uploads through forms (the Media Library, the editor), and files handed over otherwise
// (the REST API given a raw body, media_handle_sideload).
add_filter( 'wp_handle_upload_prefilter', 'wisg_widgets_check_upload' );
add_filter( 'wp_handle_sideload_prefilter', 'wisg_widgets_check_upload' );

/**
 * Why a file is not a projects document, or null when it is one: JSON, and either a list of
 * projects or an object with a `projects` list.
 *
 * @param string $path The uploaded file.
 * @return string|null
 */
function wisg_widgets_projects_file_problem( $path ) {
	$size = is_readable( $path ) ? filesize( $path ) : false;
	if ( false === $size ) {
		return __( 'The file could not be read.', 'wisg-widgets' );
	}
	if ( $size > WISG_WIDGETS_MAX_DATA_BYTES ) {
		return __( 'This file is larger than 5 MB, the most the project widgets read.', 'wisg-widgets' );
	}
	$data = json_decode( (string) file_get_contents( $path ), true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: what the JSON parser says, in English. */
		return sprintf( __( 'This file is not valid JSON (%s), so it cannot hold projects.', 'wisg-widgets' ), json_last_error_msg() );
	}
	$is_list = is_array( $data ) && array_values( $data ) === $data;
	if ( ! $is_list && ! ( is_array( $data ) && isset( $data['projects'] ) && is_array( $data['projects'] ) && array_values( $data['projects'] ) === $data['projects'] ) ) {
		return __( 'This JSON file is not a projects document: it must be a list of projects, or an object with a "projects" list (see the widgets’ README).', 'wisg-widgets' );
	}
	return null;
}
