package dev.verdict.publishing.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Reading and writing trees without a working tree: an in-memory index over the parent's tree. */
final class Trees {

    private Trees() {
    }

    /** The text of a file in the tree, or null when there is none. */
    static String read(Repository repo, RevTree tree, String path) throws IOException {
        if (tree == null) {
            return null;
        }
        try (TreeWalk walk = TreeWalk.forPath(repo, path, tree)) {
            if (walk == null || walk.isSubtree()) {
                return null;
            }
            return new String(repo.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
        }
    }

    /** File names directly inside a folder of the tree. */
    static List<String> list(Repository repo, RevTree tree, String folder) throws IOException {
        List<String> names = new ArrayList<>();
        if (tree == null) {
            return names;
        }
        try (TreeWalk dir = TreeWalk.forPath(repo, folder, tree)) {
            if (dir == null || !dir.isSubtree()) {
                return names;
            }
            try (TreeWalk walk = new TreeWalk(repo)) {
                walk.addTree(dir.getObjectId(0));
                while (walk.next()) {
                    names.add(walk.getNameString());
                }
            }
        }
        return names;
    }

    /** A commit of the parent's tree with the given files added or replaced, written without touching any work tree. */
    static ObjectId commit(Repository repo, ObjectId parent, RevTree parentTree, Map<String, String> files,
                           PersonIdent author, PersonIdent committer, String message) throws IOException {
        try (ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            if (parentTree != null) {
                builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, parentTree);
            }
            builder.finish();
            var editor = index.editor();
            for (var file : files.entrySet()) {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8));
                editor.add(new org.eclipse.jgit.dircache.DirCacheEditor.PathEdit(file.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            if (parent != null) {
                commit.setParentId(parent);
            }
            commit.setAuthor(author);
            commit.setCommitter(committer);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }
}
