#!/bin/sh
# 构建网站并用 rsync 上传到本单位的服务器 · Builds the site and copies it to the office's server with rsync.
#   deploy/publish.sh user@www.example.gov.cn
# 服务器上的 nginx 用 deploy/nginx.conf · The server's nginx uses deploy/nginx.conf.
set -eu
server=${1:?usage: deploy/publish.sh user@server}
cd "$(dirname "$0")/.."
placard check
placard build --base-url {{baseURLArgument}}
# --delete 删除服务器上已不存在于网站中的旧文件 · --delete removes old files the new site no longer has
rsync -rlt --delete --chmod=D755,F644 public/ "$server":{{serverFolder}}
